import { describe, expect, it } from 'vitest';
import { lix, lixStats, prosePages } from '../../src/engine/lix';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';

const cat = readCatalogueFromDisk(process.cwd());
const pages = Object.values(cat.flows).flatMap((f) => prosePages(f, cat.locales.sv![f.id]!));

describe('plain Swedish (LIX)', () => {
  it('counts words, sentences and long words', () => {
    expect(lixStats('Ring din chef i dag. Säg att du är sjuk.')).toEqual({ words: 10, sentences: 2, long: 0 });
    expect(lix('Försäkringskassan handlägger sjukpenningärenden.')).toBeCloseTo(3 / 1 + 100, 5);
  });

  it('keeps every page at LIX 30 or below', () => {
    const worst = pages.map((p) => ({ page: `${p.errand}/${p.node}`, lix: +lix(p.text).toFixed(1) })).sort((a, b) => b.lix - a.lix);
    const over = worst.filter((w) => w.lix > 30);
    expect(over, `pages over LIX 30 (worst first): ${JSON.stringify(worst.slice(0, 5))}`).toEqual([]);
  });

  it("keeps the app's own pages (start, crisis, plan, privacy, accessibility, ombud, footer…) at LIX 30 or below", () => {
    const texts = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(texts) : []);
    const sections = Object.entries(cat.locales.sv!.common as Record<string, unknown>)
      .map(([name, v]) => ({ name, text: texts(v).map((t) => (/[.!?:”"]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`)).join(' ') }))
      .filter((x) => x.text.split(/\s+/).length >= 20);
    expect(sections.map((x) => x.name)).toEqual(expect.arrayContaining(['start', 'crisis', 'plan', 'privacy', 'a11y', 'ombud', 'footer']));
    const over = sections.map((x) => ({ section: x.name, lix: +lix(x.text).toFixed(1) })).filter((x) => x.lix > 30);
    expect(over).toEqual([]);
  });

  it('keeps the words about letters and where you live at LIX 30 or below', () => {
    const texts = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(texts) : []);
    for (const ns of ['letters', 'places']) {
      const text = texts(cat.locales.sv![ns]).map((t) => (/[.!?:”"]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`)).join(' ');
      expect(lix(text), ns).toBeLessThanOrEqual(30);
    }
  });

  it('keeps all Swedish prose together at LIX 30 or below', () => {
    const all = pages.map((p) => p.text).join(' ');
    const value = lix(all);
    const worst = pages.map((p) => `${p.errand}/${p.node}: ${Math.round(lix(p.text))}`).sort((a, b) => Number(b.split(': ')[1]) - Number(a.split(': ')[1]));
    expect(value, `LIX over all prose is ${value.toFixed(1)}; worst pages: ${worst.slice(0, 8).join(', ')}`).toBeLessThanOrEqual(30);
  });
});
