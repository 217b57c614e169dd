import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ForgetAll } from '../../src/components/forget-all/ForgetAll';
import { axeViolations } from './axe';

afterEach(cleanup);

const renderIt = () => {
  let forgotten = 0;
  render(() => (
    <main>
      <ForgetAll label="Glöm allt på den här enheten" question="Vill du glömma allt?" confirm="Ja, glöm allt" cancel="Avbryt" onConfirm={() => forgotten++} />
    </main>
  ));
  return { forgotten: () => forgotten, trigger: screen.getByRole('button', { name: 'Glöm allt på den här enheten' }) };
};

describe('ForgetAll (Kobalte AlertDialog)', () => {
  it('asks first, in an alert dialog named by its title, with the question as its description, and passes axe', async () => {
    const { trigger, forgotten } = renderIt();
    fireEvent.click(trigger);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.getAttribute('aria-labelledby') && document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Glöm allt på den här enheten');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('Vill du glömma allt?');
    expect(forgotten()).toBe(0);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('forgets only on "Ja, glöm allt", and closes', async () => {
    const { trigger, forgotten } = renderIt();
    fireEvent.click(trigger);
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, glöm allt' }));
    expect(forgotten()).toBe(1);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('"Avbryt" and Escape close it and forget nothing', async () => {
    const { trigger, forgotten } = renderIt();
    fireEvent.click(trigger);
    fireEvent.click(await screen.findByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    fireEvent.click(trigger);
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(forgotten()).toBe(0);
  });
});
