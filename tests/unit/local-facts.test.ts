import { describe, expect, it } from 'vitest';
import { inSwedishOrder, localFacts, nameMatches, type Places } from '../../src/engine/places';
import { validatePlaces } from '../../src/engine/validate-places';

const C = { source: 'https://example.se/sida', checked: '2026-12-01' };
// A small world written by hand: one kommun with a switchboard and one service of its own, one with nothing confirmed.
const places: Places = {
  regioner: {
    '17': { name: 'Region Värmland', web: { ...C, url: 'https://www.regionvarmland.se' }, psykiatri: { ...C, selfReferral: 'unknown' } },
    '18': {
      name: 'Region Örebro län', web: { ...C, url: 'https://www.regionorebrolan.se' }, psykiatri: { ...C, selfReferral: 'yes' },
      akut: { ...C, name: 'Psykiatriska akutmottagningen, USÖ' }, patientnamnd: { ...C, phone: '019-602 27 60' },
      beroende: { ...C, selfReferral: 'yes', name: 'Beroendecentrum', phone: '019-602 56 48' },
    },
  },
  kommuner: {
    '1780': { name: 'Karlstad', county: '17', web: { ...C, url: 'https://karlstad.se' }, vaxel: { ...C, phone: '054-540 00 00', label: 'Kontaktcenter' },
      services: { 'ekonomiskt-bistand': { ...C, phone: '054-540 50 00', url: 'https://karlstad.se/bistand' } } },
    '1880': { name: 'Örebro', county: '18', web: { ...C, url: 'https://orebro.se' } },
  },
};

describe('a step\'s contact where the person lives', () => {
  it('a service with its own number: that number, not the switchboard', () => {
    expect(localFacts({ level: 'kommun', service: 'ekonomiskt-bistand' }, places, '1780')).toMatchObject({
      body: 'Karlstad', phone: { number: '054-540 50 00', whose: 'service' }, web: 'https://karlstad.se/bistand', unconfirmed: false,
    });
  });

  it('a service with no number of its own: the switchboard, and the kommun’s website', () => {
    expect(localFacts({ level: 'kommun', service: 'skuldradgivning' }, places, '1780')).toMatchObject({
      phone: { number: '054-540 00 00', whose: 'vaxel', label: 'Kontaktcenter' }, web: 'https://karlstad.se', unconfirmed: false,
    });
  });

  it('nothing to call confirmed: said so, with the website to look at', () => {
    const f = localFacts({ level: 'kommun', service: 'vaxel' }, places, '1880');
    expect(f).toMatchObject({ body: 'Örebro', web: 'https://orebro.se', unconfirmed: true });
    expect(f?.phone).toBeUndefined();
  });

  it('region facts follow from the kommun: psychiatry, emergency unit, patientnämnd, addiction care', () => {
    expect(localFacts({ level: 'region', service: 'psykiatri' }, places, '1880')).toMatchObject({ body: 'Region Örebro län', selfReferral: 'yes', unconfirmed: false });
    expect(localFacts({ level: 'region', service: 'psykiatri' }, places, '1780')).toMatchObject({ body: 'Region Värmland', selfReferral: 'unknown', unconfirmed: true });
    expect(localFacts({ level: 'region', service: 'akut' }, places, '1880')).toMatchObject({ unit: 'Psykiatriska akutmottagningen, USÖ' });
    expect(localFacts({ level: 'region', service: 'akut' }, places, '1780')).toMatchObject({ unconfirmed: true });
    expect(localFacts({ level: 'region', service: 'patientnamnd' }, places, '1880')?.phone?.number).toBe('019-602 27 60');
    expect(localFacts({ level: 'region', service: 'beroende' }, places, '1780')).toMatchObject({ selfReferral: 'unknown', unconfirmed: true });
  });

  it('an unknown kommun or a contact with no place need: nothing local', () => {
    expect(localFacts({ level: 'kommun', service: 'vaxel' }, places, '9999')).toBeUndefined();
    expect(localFacts(undefined, places, '1780')).toBeUndefined();
  });
});

describe('finding a kommun by what the person types', () => {
  it.each([
    ['Göteborg', 'goteborg', true], ['Göteborg', 'Göte', true], ['Malung-Sälen', 'Malung', true], ['Malung-Sälen', 'salen', true],
    ['Upplands Väsby', 'väsby', true], ['Örebro', 'ore', true], ['Åre', 'are', true], ['Karlstad', 'stad', false], ['Lund', 'x', false],
  ])('%s for "%s": %s', (name, typed, expected) => {
    expect(nameMatches(name, typed)).toBe(expected);
  });
});

describe('the list of kommuner', () => {
  it('is in Swedish alphabetical order: Å, Ä, Ö after Z, and ä after a', () => {
    const names = ['Örebro', 'Åre', 'Älvdalen', 'Arboga', 'Västerås', 'Vaxholm', 'Östersund', 'Ale'];
    expect(inSwedishOrder(names.map((name) => ({ name }))).map((k) => k.name)).toEqual(['Ale', 'Arboga', 'Vaxholm', 'Västerås', 'Åre', 'Älvdalen', 'Örebro', 'Östersund']);
  });
});

describe('the places validator', () => {
  const clone = () => JSON.parse(JSON.stringify(places)) as Places;
  it('accepts the hand-written world', () => expect(validatePlaces(places, {})).toEqual([]));
  it.each<[string, (p: Places) => void, RegExp]>([
    ['a switchboard with no source', (p) => delete (p.kommuner['1780']!.vaxel as { source?: string }).source, /switchboard has no source/],
    ['a number checked in the future', (p) => (p.kommuner['1780']!.vaxel!.checked = '2999-01-01'), /in the future/],
    ['a number that is not a number', (p) => (p.kommuner['1780']!.vaxel!.phone = 'ring oss'), /not a Swedish phone number/],
    ['a kommun in an unknown region', (p) => (p.kommuner['2580'] = { name: 'Luleå', county: '25' }), /not a known region/],
    ['a county that is not the code’s', (p) => (p.kommuner['1780']!.county = '18'), /first two digits/],
    ['a service the app does not know', (p) => ((p.kommuner['1780']!.services as Record<string, unknown>).bibliotek = { ...C }), /unknown service/],
    ['a region with no word on psychiatry', (p) => delete (p.regioner['17'] as { psykiatri?: unknown }).psykiatri, /psychiatry/],
  ])('refuses %s', (_, spoil, message) => {
    const p = clone();
    spoil(p);
    expect(validatePlaces(p, {}).map((x) => x.message).join('\n')).toMatch(message);
  });
  it('refuses a contact that asks for a place fact that does not exist', () => {
    expect(validatePlaces(places, { x: { place: { level: 'region', service: 'bibliotek' } as never } })[0]?.message).toMatch(/unknown place fact/);
  });
});
