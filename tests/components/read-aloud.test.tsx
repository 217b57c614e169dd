import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadAloud } from '../../src/components/read-aloud/ReadAloud';
import { spellNumbers } from '../../src/components/read-aloud/spell';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('spellNumbers', () => {
  it('reads the phone numbers it is given digit by digit, groups apart, and nothing else', () => {
    expect(spellNumbers('Ring 0771-524 524 inom 14 dagar.', ['0771-524 524'])).toBe('Ring 0 7 7 1, 5 2 4, 5 2 4 inom 14 dagar.');
    expect(spellNumbers('Ring 112 eller 1177.', ['112', '1177'])).toBe('Ring 1 1 2 eller 1 1 7 7.');
    expect(spellNumbers('Ring 114 14.', ['114 14', '112'])).toBe('Ring 1 1 4, 1 4.');
  });
});

describe('ReadAloud', () => {
  let spoken: string[] = [];
  beforeEach(() => {
    spoken = [];
    (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      voice: unknown;
      lang = '';
      onend: (() => void) | null = null;
      constructor(t: string) {
        this.text = t;
      }
    };
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ name: 'v', lang: 'sv-SE', localService: true, default: true, voiceURI: 'v' }],
        speak: (u: { text: string }) => spoken.push(u.text),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  });

  it('reads the text with its phone numbers digit by digit, with a local voice, and passes axe', async () => {
    const { container } = render(() => (
      <ReadAloud label="Läs upp" stopLabel="Sluta läsa" lang="sv" text={() => 'Ring Försäkringskassan på 0771-524 524.'} numbers={['0771-524 524']} />
    ));
    fireEvent.click(await screen.findByRole('button', { name: 'Läs upp' }));
    expect(spoken).toEqual(['Ring Försäkringskassan på 0 7 7 1, 5 2 4, 5 2 4.']);
    expect(await axeViolations(container)).toEqual([]);
  });
});
