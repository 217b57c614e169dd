import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Disclosure } from '../../src/components/disclosure/Disclosure';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('Disclosure (Kobalte Collapsible)', () => {
  it('names its panel in aria-controls only while it is open, and passes axe both ways', async () => {
    const { container } = render(() => (
      <Disclosure label="Dela eller spara länk">
        <p>Länken till din plan</p>
      </Disclosure>
    ));
    const button = screen.getByRole('button', { name: 'Dela eller spara länk' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBeNull();
    expect(screen.queryByText('Länken till din plan')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!);
    expect(panel?.textContent).toBe('Länken till din plan');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBeNull();
  });
});
