import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalContact } from '../../src/components/local-contact/LocalContact';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('LocalContact', () => {
  it('the kommun, its number as a tel: link, what to ask for, its page and the check date', async () => {
    const { container } = render(() => (
      <LocalContact
        lines={{
          heading: 'I Karlstad', phone: { label: 'Kommunens växel', number: '054-540 00 00' }, ask: 'Be att få prata med socialtjänsten.',
          web: { label: 'Kommunens sida', url: 'https://karlstad.se' }, checked: 'Uppgiften kontrollerad 4 december 2026.',
        }}
      />
    ));
    const tel = screen.getByRole('link', { name: '054-540 00 00' });
    expect(tel.getAttribute('href')).toBe('tel:054540000' + '0');
    expect(screen.getByRole('link', { name: 'karlstad.se' }).getAttribute('href')).toBe('https://karlstad.se');
    expect(container.textContent).toContain('Be att få prata med socialtjänsten.');
    expect(container.textContent).toContain('Uppgiften kontrollerad 4 december 2026.');
    expect(container.querySelector('.print-only')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('with no number confirmed: says so, and prints a line to write one on', () => {
    const { container } = render(() => <LocalContact lines={{ heading: 'I Örebro', note: 'Vi har inte kunnat bekräfta numret.', writeLine: 'Telefon:' }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toContain('Vi har inte kunnat bekräfta numret.');
    expect(container.querySelector('.print-only')?.textContent).toMatch(/^Telefon: _+$/);
  });
});
