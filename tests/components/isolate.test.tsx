import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Isolate } from '../../src/components/isolate/Isolate';
import { splitLtr } from '../../src/components/isolate/split';
import { axeViolations } from './axe';

afterEach(cleanup);

const ltr = (text: string) => splitLtr(text).filter((p) => p.ltr).map((p) => p.text);

describe('splitLtr: what keeps its own order in right-to-left text', () => {
  it('finds phone numbers with spaces and hyphens, whole', () => {
    expect(ltr('اتصل بالرقم 0771-524 524 الآن.')).toEqual(['0771-524 524']);
    expect(ltr('Ring 08-551 010 00 eller 020-50 50 50.')).toEqual(['08-551 010 00', '020-50 50 50']);
    expect(ltr('Ring 112. Du kan också ringa 90101 eller 1177.')).toEqual(['112', '90101', '1177']);
  });
  it('finds web addresses, form numbers, dates and times', () => {
    expect(ltr('Läs på kronofogden.se eller https://www.1177.se/Stockholm/.')).toEqual(['kronofogden.se', 'https://www.1177.se/Stockholm/']);
    expect(ltr('Blanketten AF00251 och FK 7804.')).toEqual(['AF00251', 'FK 7804']);
    expect(ltr('Beslutet kom 2026-12-04, kl. 21–06.')).toEqual(['2026-12-04', '21–06']);
  });
  it('keeps the text whole, and leaves text with no number alone', () => {
    const t = 'اتصل بـ Försäkringskassan على الرقم 0771-524 524.';
    expect(splitLtr(t).map((p) => p.text).join('')).toBe(t);
    expect(splitLtr('Ingen siffra här.')).toEqual([{ text: 'Ingen siffra här.', ltr: false }]);
  });
});

describe('Isolate', () => {
  it('puts each number and address in its own <bdi dir="ltr">, and passes axe', async () => {
    const { container } = render(() => (
      <p dir="rtl" lang="ar">
        <Isolate text="اتصل بالرقم 0771-524 524 أو اقرأ على forsakringskassan.se." />
      </p>
    ));
    const bdis = [...container.querySelectorAll('bdi')];
    expect(bdis.map((b) => [b.textContent, b.getAttribute('dir')])).toEqual([
      ['0771-524 524', 'ltr'],
      ['forsakringskassan.se', 'ltr'],
    ]);
    expect(container.textContent).toBe('اتصل بالرقم 0771-524 524 أو اقرأ على forsakringskassan.se.');
    expect(await axeViolations(container)).toEqual([]);
  });
});
