import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Terms } from '../../src/components/terms/Terms';
import { axeViolations } from './axe';

afterEach(cleanup);

const ITEMS = [
  { id: 'remiss', ask: 'Vad betyder ”remiss”?', text: 'En remiss är ett meddelande från en läkare.' },
  { id: 'sip', ask: 'Vad betyder ”SIP”?', text: 'SIP betyder samordnad individuell plan.' },
];

describe('Terms ("Ord i svaret")', () => {
  it('a heading and one closed button a word; a press shows that word’s explanation only', async () => {
    const { container } = render(() => <Terms title="Ord i svaret" items={ITEMS} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ord i svaret' })).toBeTruthy();
    const remiss = screen.getByRole('button', { name: 'Vad betyder ”remiss”?' });
    const sip = screen.getByRole('button', { name: 'Vad betyder ”SIP”?' });
    expect(remiss.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(ITEMS[0]!.text)).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(remiss);
    expect(remiss.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(remiss.getAttribute('aria-controls')!)!.textContent).toBe(ITEMS[0]!.text);
    expect(sip.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(ITEMS[1]!.text)).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows nothing, not even the heading, when an answer has no words to explain', () => {
    const { container } = render(() => <Terms title="Ord i svaret" items={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
