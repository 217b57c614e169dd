import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { describedBy, FieldHelp } from '../../src/components/field-help/FieldHelp';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('FieldHelp (a fieldset\'s hint and error)', () => {
  it('gives the hint and the error their ids, the error with its prefix for screen readers', async () => {
    const { container } = render(() => (
      <fieldset aria-describedby={describedBy('q', 'Välj en.', 'Välj minst en sak.')}>
        <legend>Vad gäller det?</legend>
        <FieldHelp id="q" hint="Välj en." error="Välj minst en sak." errorPrefix="Fel" />
      </fieldset>
    ));
    expect(container.querySelector('#q-hint')!.textContent).toBe('Välj en.');
    expect(container.querySelector('#q-error')!.textContent).toBe('Fel: Välj minst en sak.');
    expect(container.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('q-hint q-error');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows nothing, and describes by nothing, when there is neither', () => {
    const { container } = render(() => <FieldHelp id="q" />);
    expect(container.textContent).toBe('');
    expect(describedBy('q')).toBeUndefined();
    expect(describedBy('q', 'Välj en.')).toBe('q-hint');
  });
});
