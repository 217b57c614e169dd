import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { Radios } from '../../src/components/radios/Radios';
import { axeViolations } from './axe';

afterEach(cleanup);

const OPTIONS = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
  { value: 'vetinte', label: 'Jag vet inte' },
];

describe('Radios (the one radio group: questions and settings)', () => {
  it('as a question: the legend is the page heading, focusable, and names the group', async () => {
    let heading: HTMLHeadingElement | undefined;
    const { container } = render(() => (
      <Radios id="q" legend="Är du sjuk i dag?" hint="Välj det som passar bäst." options={OPTIONS} onChange={() => {}} headingRef={(el) => (heading = el)} />
    ));
    const group = screen.getByRole('radiogroup', { name: 'Är du sjuk i dag?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(heading?.tagName).toBe('H1');
    expect(heading?.tabIndex).toBe(-1);
    expect(group.querySelector('legend')!.contains(heading!)).toBe(true);
    expect(document.getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe('Välj det som passar bäst.');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('as a setting: a plain legend, no heading', async () => {
    const { container } = render(() => <Radios id="set-text" legend="Textstorlek" options={OPTIONS} value="nej" onChange={() => {}} />);
    expect(container.querySelector('h1')).toBeNull();
    expect(screen.getByRole('radiogroup', { name: 'Textstorlek' })).toBeTruthy();
    expect((screen.getByLabelText('Nej') as HTMLInputElement).checked).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('native radios sharing one name: a choice reports its value, and the first has the id the error link targets', () => {
    const [value, setValue] = createSignal<string>();
    render(() => <Radios id="q" legend="Fråga" options={OPTIONS} value={value()} onChange={setValue} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(new Set(radios.map((r) => r.name))).toEqual(new Set(['q']));
    expect(radios[0]!.id).toBe('q-first');
    fireEvent.click(screen.getByLabelText('Jag vet inte'));
    expect(value()).toBe('vetinte');
    expect(radios[2]!.checked).toBe(true);
  });

  it('an error is part of the group’s description and marks it invalid', async () => {
    const { container } = render(() => <Radios id="q" legend="Fråga" options={OPTIONS} onChange={() => {}} error="Välj ett svar" errorPrefix="Fel" />);
    const group = screen.getByRole('radiogroup');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe('Fel: Välj ett svar');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps its rows when the options change, so only the words are new', () => {
    const [opts, setOpts] = createSignal(OPTIONS);
    render(() => <Radios id="q" legend="Fråga" options={opts()} onChange={() => {}} />);
    const first = screen.getAllByRole('radio')[0];
    setOpts([{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }, { value: 'c', label: 'C' }]);
    expect(screen.getAllByRole('radio')[0]).toBe(first);
    expect(screen.getByLabelText('A')).toBe(first);
  });
});
