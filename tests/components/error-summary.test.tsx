import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../src/components/error-summary/ErrorSummary';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('ErrorSummary', () => {
  it('takes the focus when shown, is named by its title, and its link moves focus to the field without touching the hash', async () => {
    location.hash = '#/sjuk/0';
    const { container } = render(() => (
      <>
        <ErrorSummary title="Det finns ett problem" message="Välj ett svar" targetId="q-first" />
        <input type="radio" id="q-first" aria-label="Ja" />
      </>
    ));
    const alert = screen.getByRole('alert', { name: 'Det finns ett problem' });
    expect(document.activeElement).toBe(alert);
    fireEvent.click(screen.getByRole('link', { name: 'Välj ett svar' }));
    expect(document.activeElement).toBe(document.getElementById('q-first'));
    expect(location.hash).toBe('#/sjuk/0');
    expect(await axeViolations(container)).toEqual([]);
  });
});
