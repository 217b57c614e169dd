import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { Deadline, type DeadlineTexts } from '../../src/components/deadline/Deadline';
import { axeViolations } from './axe';

afterEach(cleanup);

const BASE: DeadlineTexts = { label: 'När fick du beslutet?', hint: 'Skriv dagen du fick brevet.', notes: [], calendar: 'Lägg i kalendern' };

describe('Deadline', () => {
  it('a labelled native date field with its hint; no last day and no calendar button until a date is given', async () => {
    const { container } = render(() => <Deadline id="dl" texts={BASE} onChange={() => {}} onCalendar={() => {}} />);
    const field = screen.getByLabelText('När fick du beslutet?') as HTMLInputElement;
    expect(field.type).toBe('date');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('Skriv dagen du fick brevet.');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reports the date, then shows the last day in the status region that was there before, and offers the calendar', async () => {
    const [day, setDay] = createSignal<string>();
    let asked = 0;
    const { container } = render(() => (
      <Deadline id="dl" value={day()} onChange={setDay} onCalendar={() => asked++}
        texts={{ ...BASE, last: day() ? 'Sista dag: måndag 28 december 2026.' : undefined, notes: day() ? ['Tiden är 3 veckor från dagen du fick beslutet.'] : [] }} />
    ));
    const status = screen.getByRole('status');
    fireEvent.change(screen.getByLabelText('När fick du beslutet?'), { target: { value: '2026-12-07' } });
    expect(day()).toBe('2026-12-07');
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toContain('Sista dag: måndag 28 december 2026.');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg i kalendern' }));
    expect(asked).toBe(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});
