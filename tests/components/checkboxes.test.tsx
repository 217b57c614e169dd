import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkboxes } from '../../src/components/checkboxes/Checkboxes';
import { axeViolations } from './axe';

afterEach(cleanup);

const OPTIONS = [
  { value: 'sjuk', label: 'Jag är sjuk och kan inte arbeta', hint: 'Vem du kontaktar först.' },
  { value: 'skulder', label: 'Jag har skulder' },
];

describe('Checkboxes (native boxes in a fieldset)', () => {
  it('names the group by its legend, links each hint to its box, and has no axe violations', async () => {
    const { container } = render(() => <Checkboxes id="many" legend="Vad gäller det?" hint="Välj en eller flera." options={OPTIONS} value={new Set()} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Vad gäller det?' });
    expect(group.tagName).toBe('FIELDSET');
    const first = screen.getByRole('checkbox', { name: 'Jag är sjuk och kan inte arbeta' });
    expect(first.id).toBe('many-first');
    expect(document.getElementById(first.getAttribute('aria-describedby')!)!.textContent).toBe('Vem du kontaktar först.');
    expect(screen.getByRole('checkbox', { name: 'Jag har skulder' }).getAttribute('aria-describedby')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reports each tick and untick, and shows what is ticked', () => {
    const [value, setValue] = createSignal<ReadonlySet<string>>(new Set());
    const seen: [string, boolean][] = [];
    render(() => (
      <Checkboxes id="many" legend="Vad gäller det?" options={OPTIONS} value={value()} onChange={(v, on) => {
        seen.push([v, on]);
        const n = new Set(value());
        if (on) n.add(v); else n.delete(v);
        setValue(n);
      }} />
    ));
    const box = screen.getByRole('checkbox', { name: 'Jag har skulder' }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(seen).toEqual([['skulder', true], ['skulder', false]]);
  });

  it('an error is in the group\'s description, read after the legend', async () => {
    const { container } = render(() => <Checkboxes id="many" legend="Vad gäller det?" options={OPTIONS} value={new Set()} onChange={() => {}} error="Välj minst en sak." errorPrefix="Fel" />);
    const group = screen.getByRole('group', { name: 'Vad gäller det?' });
    expect(group.getAttribute('aria-describedby')).toBe('many-error');
    expect(document.getElementById('many-error')!.textContent).toBe('Fel: Välj minst en sak.');
    expect(await axeViolations(container)).toEqual([]);
  });
});
