import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { errandOrder } from '../../src/engine/load';
import { reviewModel, staleOutcomes } from '../../src/engine/review';
import { lookup } from '../../src/engine/validate';
import { renderReview } from '../../scripts/review';

const cat = readCatalogueFromDisk(process.cwd());

describe('content freshness', () => {
  it('finds nothing stale within 12 months of the oldest check', () => {
    expect(staleOutcomes(cat, new Date('2026-12-31T00:00:00Z'))).toEqual([]);
  });

  it('lists outcomes whose sources were checked more than 12 months ago', () => {
    const stale = staleOutcomes(cat, new Date('2027-03-01T00:00:00Z'));
    expect(stale.length).toBeGreaterThan(0);
    expect(stale[0]).toMatchObject({ errand: expect.any(String), outcome: expect.any(String), checked: expect.stringMatching(/^2026-01/) });
  });
});

describe('review document', () => {
  const tr = (ns: string, key: string) => {
    const v = lookup(cat.locales.sv?.[ns], key);
    return typeof v === 'string' ? v : undefined;
  };

  it('lays out every question, option target and outcome with sources', () => {
    const model = reviewModel(cat, errandOrder(cat), tr);
    const sjuk = model.find((e) => e.id === 'sjuk')!;
    const situation = sjuk.questions.find((q) => q.id === 'situation')!;
    expect(situation.options.find((o) => o.id === 'vetinte')!.leadsTo).toEqual([{ when: undefined, to: 'oklar', toTitle: tr('sjuk', 'outcomes.oklar.title') }]);
    const hur = sjuk.questions.find((q) => q.id === 'hur-lange')!;
    expect(hur.options[0]!.leadsTo[0]!.when).toMatch(/Vad gör du till vardags\? = Jag har ett jobb/);
    const outcomes = Object.values(cat.flows).reduce((n, f) => n + Object.values(f.nodes).filter((x) => x.type === 'outcome').length, 0);
    expect(model.flatMap((e) => e.outcomes)).toHaveLength(outcomes);
    for (const o of model.flatMap((e) => e.outcomes)) {
      expect(o.sources.length).toBeGreaterThan(0);
      expect(o.checked).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('renders a static HTML page with no missing keys and no scripts', () => {
    const html = renderReview(process.cwd(), 'sv');
    expect(html).toContain('<html lang="sv">');
    expect(html).not.toContain('⟨');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('0771-524 524');
  });
});
