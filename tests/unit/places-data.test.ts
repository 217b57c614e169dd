import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import type { Places } from '../../src/engine/places';
import { validatePlaces } from '../../src/engine/validate-places';

const cat = readCatalogueFromDisk(process.cwd());
const places = cat.places as Places;

// Written by hand from SCB's list of län and kommuner (2025): how many kommuner each län has.
const KOMMUNER_PER_LAN: Record<string, number> = {
  '01': 26, '03': 8, '04': 9, '05': 13, '06': 13, '07': 8, '08': 12, '09': 1, '10': 5, '12': 33, '13': 6,
  '14': 49, '17': 16, '18': 12, '19': 10, '20': 15, '21': 10, '22': 7, '23': 8, '24': 15, '25': 14,
};
// The regions' own names, by hand.
const REGIONS: Record<string, string> = {
  '01': 'Region Stockholm', '03': 'Region Uppsala', '04': 'Region Sörmland', '05': 'Region Östergötland', '06': 'Region Jönköpings län',
  '07': 'Region Kronoberg', '08': 'Region Kalmar län', '09': 'Region Gotland', '10': 'Region Blekinge', '12': 'Region Skåne',
  '13': 'Region Halland', '14': 'Västra Götalandsregionen', '17': 'Region Värmland', '18': 'Region Örebro län', '19': 'Region Västmanland',
  '20': 'Region Dalarna', '21': 'Region Gävleborg', '22': 'Region Västernorrland', '23': 'Region Jämtland Härjedalen',
  '24': 'Region Västerbotten', '25': 'Region Norrbotten',
};

describe('where you live: the data in flows/places/', () => {
  it('has all 290 kommuner, each in its län, and all 21 regions by name', () => {
    const codes = Object.keys(places.kommuner);
    expect(codes).toHaveLength(290);
    const perLan: Record<string, number> = {};
    for (const c of codes) perLan[c.slice(0, 2)] = (perLan[c.slice(0, 2)] ?? 0) + 1;
    expect(perLan).toEqual(KOMMUNER_PER_LAN);
    expect(Object.fromEntries(Object.entries(places.regioner).map(([c, r]) => [c, r.name]))).toEqual(REGIONS);
  });

  it.each([
    ['0180', 'Stockholm', '01'], ['1480', 'Göteborg', '14'], ['1280', 'Malmö', '12'], ['1780', 'Karlstad', '17'],
    ['2023', 'Malung-Sälen', '20'], ['0980', 'Gotland', '09'], ['2584', 'Kiruna', '25'], ['0114', 'Upplands Väsby', '01'],
  ])('kommun %s is %s in län %s', (code, name, county) => {
    expect(places.kommuner[code]).toMatchObject({ name, county });
  });

  it('passes the validator: every shown fact has its page and a check date, no number is malformed', () => {
    expect(validatePlaces(places, cat.contacts)).toEqual([]);
  });

  it('has no phone number anywhere without a source beside it', () => {
    const phones: string[] = [];
    const walk = (v: unknown, path: string, owner?: Record<string, unknown>) => {
      if (typeof v === 'string' && /^0\d{1,3}[- ]?\d/.test(v) && /\d{2}\s?\d{2}$/.test(v)) {
        phones.push(path);
        expect(typeof owner?.source, `${path} has a source`).toBe('string');
        expect(owner?.checked, `${path} has a check date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, v as Record<string, unknown>);
    };
    walk(places, 'places');
    // Far more than a handful: the walk did find the numbers it checks.
    expect(phones.length).toBeGreaterThan(150);
  });

  it('says for every region whether you may contact psychiatry yourself, or that it is not confirmed', () => {
    for (const r of Object.values(places.regioner)) expect(['yes', 'no', 'unknown']).toContain(r.psykiatri.selfReferral);
    // Checked by hand against the regions' own pages (docs/places.md).
    expect(places.regioner['14']!.psykiatri.selfReferral).toBe('yes');
    expect(places.regioner['12']!.psykiatri.selfReferral).toBe('unknown');
  });

  it('keeps out numbers found only on old or third-party pages', () => {
    // Kalmar: the only switchboard number seen was in a 2016 footer; the kommun has moved to 010 numbers.
    expect(places.kommuner['0880']!.vaxel).toBeUndefined();
    for (const k of Object.values(places.kommuner)) {
      for (const f of [k.web, k.vaxel, ...Object.values(k.services ?? {})]) {
        if (f) expect(f.source).not.toMatch(/issuu|yumpu|docplayer|wikipedia|hitta\.se|eniro|mynewsdesk/);
      }
    }
  });
});
