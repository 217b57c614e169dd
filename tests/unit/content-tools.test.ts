import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { errandOrder } from '../../src/engine/load';
import { reviewModel, staleOutcomes } from '../../src/engine/review';
import { lookup } from '../../src/engine/validate';
import { renderReview } from '../../scripts/review';
import { placesReport } from '../../src/engine/places';

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

describe('letters in the review document', () => {
  it('lists each letter with its receiver, time limit, questions, required elements with sources, and its Swedish text', () => {
    const html = renderReview(process.cwd(), 'sv');
    expect(html).toContain('id="brev-omprovning-fk"');
    expect(html).toContain('Försäkringskassan, FE 179, 839 88 Östersund');
    expect(html).toContain('Jag begär omprövning av detta beslut: {{beslut}}');
    expect(html).toMatch(/vilket-beslut → Vilket beslut gäller det\? – https:\/\/www\.forsakringskassan\.se/);
  });
});

describe('where you live, in the content tools', () => {
  it('the review document lists every region and kommun with its number and the page behind it', () => {
    const html = renderReview(process.cwd(), 'sv');
    expect(html).toContain('Där du bor');
    expect(html).toMatch(/<td>1780<\/td><td>Karlstad<\/td>\s*<td>054-540 00 00 <small>\(<a href="https:\/\/karlstad\.se/);
    expect(html).toMatch(/<td>0180<\/td><td>Stockholm<\/td>\s*<td><em>inte bekräftad<\/em>/);
    expect((html.match(/<tr><td>\d{2}<\/td>/g) ?? []).length).toBe(21);
  });

  it('content:check counts what is confirmed by kind, names what is not, and flags facts older than 12 months', () => {
    const C = { source: 'https://x.se', checked: '2025-06-01' };
    const r = placesReport(
      {
        regioner: { '17': { name: 'Region Värmland', web: { ...C, url: 'https://x.se' }, psykiatri: { ...C, selfReferral: 'unknown' } } },
        kommuner: { '1780': { name: 'Karlstad', county: '17', web: { ...C, url: 'https://x.se' }, vaxel: { ...C, phone: '054-540 00 00' } }, '1715': { name: 'Kil', county: '17' } },
      },
      new Date('2026-12-04T00:00:00Z'),
    );
    expect(r.confirmed['kommun: växel']).toBe(1);
    expect(r.missing['kommun: växel']).toEqual(['Kil']);
    expect(r.missing['region: psykiatri, egen kontakt bekräftad']).toEqual(['Region Värmland']);
    expect(r.stale.map((s) => `${s.place}: ${s.what}`)).toEqual(['Karlstad: kommun: webbplats', 'Karlstad: kommun: växel', 'Region Värmland: region: psykiatri, egen kontakt bekräftad']);
  });
});
