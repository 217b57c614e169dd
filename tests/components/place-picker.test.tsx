import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { PlacePicker, type PlacePickerTexts } from '../../src/components/place-picker/PlacePicker';
import { axeViolations } from './axe';

afterEach(cleanup);

const TEXTS: PlacePickerTexts = {
  label: 'Din kommun', hint: 'Skriv de första bokstäverna.', placeholder: 'Till exempel Karlstad', noMatch: 'Ingen kommun heter så.',
  trigger: 'Visa kommunerna', listbox: 'Kommuner', count: (n) => `${n} förslag`, selected: (name) => `${name} vald`,
};
// In Swedish order (Å, Ä, Ö last), as the view sorts them.
const OPTIONS = [
  { code: '1480', name: 'Göteborg' }, { code: '1780', name: 'Karlstad' }, { code: '2023', name: 'Malung-Sälen' },
  { code: '2321', name: 'Åre' }, { code: '1880', name: 'Örebro' },
];

const typeInto = (input: HTMLElement, text: string) => {
  (input as HTMLInputElement).value = text;
  fireEvent.input(input, { target: { value: text } });
};

describe('PlacePicker (Kobalte Combobox)', () => {
  it('is a labelled combobox with its hint, and passes axe', async () => {
    const { container } = render(() => <PlacePicker texts={TEXTS} options={OPTIONS} onChange={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Din kommun' });
    expect(input.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Skriv de första bokstäverna.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: /Visa kommunerna/ })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('typing without accents finds the kommun; arrow down and Enter choose it', async () => {
    let chosen: string | undefined;
    render(() => <PlacePicker texts={TEXTS} options={OPTIONS} onChange={(c) => (chosen = c)} />);
    const input = screen.getByRole('combobox');
    input.focus();
    typeInto(input, 'goteb');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Göteborg']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen).toBe('1480');
  });

  it('finds a kommun by any part of its name ("Malung", "sälen") and keeps the Swedish order', async () => {
    render(() => <PlacePicker texts={TEXTS} options={OPTIONS} onChange={() => {}} />);
    const input = screen.getByRole('combobox');
    input.focus();
    typeInto(input, 'salen');
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Malung-Sälen']);
    typeInto(input, '');
    fireEvent.keyDown(input, { key: 'ArrowDown', altKey: true });
    const all = await screen.findAllByRole('option');
    expect(all.map((o) => o.textContent)).toEqual(['Göteborg', 'Karlstad', 'Malung-Sälen', 'Åre', 'Örebro']);
  });

  it('says so when nothing matches, in a status that was there before the words', () => {
    render(() => <PlacePicker texts={TEXTS} options={OPTIONS} onChange={() => {}} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    const input = screen.getByRole('combobox');
    input.focus();
    typeInto(input, 'xyz');
    expect(status.textContent).toBe('Ingen kommun heter så.');
  });

  it('shows the chosen kommun in the field', () => {
    render(() => <PlacePicker texts={TEXTS} options={OPTIONS} value="1780" onChange={() => {}} />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('Karlstad');
  });
});
