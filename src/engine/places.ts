/**
 * Where the person lives: the kommun and region facts in flows/places/, and
 * which of them a step's contact needs. Plain data and pure functions; the
 * words are in locales/ (`places.*`). Every fact carries the page it was
 * seen on and the day it was checked (docs/adr/0026-where-you-live.md).
 */

/** A fact as checked: the page it was seen on, and the day. */
export interface Checked {
  source: string;
  checked: string;
}

export const KOMMUN_SERVICES = ['ekonomiskt-bistand', 'skuldradgivning', 'personligt-ombud', 'overformyndare', 'socialjour'] as const;
export type KommunService = (typeof KOMMUN_SERVICES)[number];

export interface ServiceFact extends Checked {
  /** The unit's own name as its page writes it ("Kontaktcenter"). */
  label?: string;
  phone?: string;
  /** The service's own page. */
  url?: string;
  /** Who runs it, when another body does (a shared service, an association). */
  provider?: string;
  /** Reached by calling 112 and asking for it (a shared socialjour). */
  via112?: boolean;
}

export interface Kommun {
  name: string;
  /** The county (län) code: the first two digits of the kommun code. */
  county: string;
  web?: Checked & { url: string };
  /** The switchboard, as the kommun's own page gives it. */
  vaxel?: Checked & { phone: string; label?: string };
  services?: Partial<Record<KommunService, ServiceFact>>;
}

export type SelfReferral = 'yes' | 'no' | 'unknown';

export interface Region {
  name: string;
  web: Checked & { url: string };
  /** May an adult contact adult psychiatry without a remiss? */
  psykiatri: Checked & { selfReferral: SelfReferral };
  /** A psychiatric emergency unit the region's own pages name. */
  akut?: Checked & { name: string; phone?: string };
  patientnamnd?: Checked & { phone?: string };
  /** The page for finding and choosing a vårdcentral. */
  vardcentral?: Checked;
  beroende?: Checked & { selfReferral: SelfReferral; name?: string; phone?: string };
}

export interface Places {
  kommuner: Record<string, Kommun>;
  regioner: Record<string, Region>;
}

/** What a contact needs from where the person lives (flows/contacts.json → `place`). */
export type PlaceNeed =
  | { level: 'kommun'; service: 'vaxel' | KommunService }
  | { level: 'region'; service: 'psykiatri' | 'akut' | 'patientnamnd' | 'vardcentral' | 'beroende' };

/** What a step shows for the person's kommun or region: resolved facts, no words. */
export interface LocalFacts {
  /** "Karlstad" or "Region Värmland". */
  body: string;
  level: 'kommun' | 'region';
  /** The number to call, and whose it is: the service's own, or the switchboard. */
  phone?: { number: string; whose: 'service' | 'vaxel'; label?: string };
  /** A page to read: the service's, or the body's website. */
  web?: string;
  provider?: string;
  via112?: boolean;
  /** Region facts: whether one may contact psychiatry or addiction care oneself. */
  selfReferral?: SelfReferral;
  /** The emergency unit's or clinic's name. */
  unit?: string;
  /** The oldest check date among the facts shown. */
  checked?: string;
  /** Nothing to call was confirmed: the step keeps its general advice and a line to write a number on. */
  unconfirmed: boolean;
}

const oldest = (...ds: (string | undefined)[]) => ds.filter((d): d is string => !!d).sort()[0];

/** The facts a contact needs for this kommun (and its region), or undefined when the contact is not local. */
export function localFacts(need: PlaceNeed | undefined, places: Places, kommunCode: string): LocalFacts | undefined {
  const kommun = places.kommuner[kommunCode];
  if (!need || !kommun) return undefined;
  if (need.level === 'kommun') {
    const s = need.service === 'vaxel' ? undefined : kommun.services?.[need.service];
    const phone = s?.phone ? { number: s.phone, whose: 'service' as const, label: s.label } : kommun.vaxel ? { number: kommun.vaxel.phone, whose: 'vaxel' as const, label: kommun.vaxel.label } : undefined;
    return {
      body: kommun.name,
      level: 'kommun',
      phone,
      web: s?.url ?? kommun.web?.url,
      provider: s?.provider,
      via112: s?.via112,
      checked: oldest(s?.checked, phone?.whose === 'vaxel' ? kommun.vaxel?.checked : undefined, s?.url ? undefined : kommun.web?.checked),
      unconfirmed: !phone && !s?.via112,
    };
  }
  const region = places.regioner[kommun.county];
  if (!region) return undefined;
  const base = { body: region.name, level: 'region' as const };
  switch (need.service) {
    case 'psykiatri':
      return { ...base, selfReferral: region.psykiatri.selfReferral, web: region.psykiatri.source, checked: region.psykiatri.checked, unconfirmed: region.psykiatri.selfReferral === 'unknown' };
    case 'akut': {
      const a = region.akut;
      return { ...base, unit: a?.name, phone: a?.phone ? { number: a.phone, whose: 'service' } : undefined, web: a?.source, checked: a?.checked, unconfirmed: !a };
    }
    case 'patientnamnd': {
      const p = region.patientnamnd;
      return { ...base, phone: p?.phone ? { number: p.phone, whose: 'service' } : undefined, web: p?.source ?? region.web.url, checked: p?.checked, unconfirmed: !p?.phone };
    }
    case 'vardcentral':
      return { ...base, web: region.vardcentral?.source ?? region.web.url, checked: region.vardcentral?.checked, unconfirmed: !region.vardcentral };
    case 'beroende': {
      const b = region.beroende;
      return { ...base, selfReferral: b?.selfReferral ?? 'unknown', unit: b?.name, phone: b?.phone ? { number: b.phone, whose: 'service' } : undefined, web: b?.source, checked: b?.checked, unconfirmed: !b || b.selfReferral === 'unknown' };
    }
  }
}

const collator = new Intl.Collator('sv');
/** Kommuner in Swedish alphabetical order: Å, Ä and Ö after Z, "Vaxholm" before "Västerås". */
export const inSwedishOrder = <T extends { name: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => collator.compare(a.name, b.name));

/** Lower case without accents: "Göteborg" and "goteborg" are the same search. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a kommun name matches what the person typed: the start of any word ("Malung", "sälen", "goteb"). */
export function nameMatches(name: string, typed: string): boolean {
  const q = fold(typed.trim());
  if (!q) return true;
  return fold(name).split(/[\s-]+/).some((w) => w.startsWith(q)) || fold(name).startsWith(q);
}

/** What is confirmed and what is not, by kind, and what was checked more than 12 months before `today` (npm run content:check). */
export function placesReport(places: Places, today: Date) {
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  const old = limit.toISOString().slice(0, 10);
  const confirmed: Record<string, number> = {};
  const missing: Record<string, string[]> = {};
  const stale: { place: string; what: string; checked: string }[] = [];
  const note = (kind: string, place: string, fact: Checked | undefined, ok = !!fact) => {
    if (ok) confirmed[kind] = (confirmed[kind] ?? 0) + 1;
    else (missing[kind] ??= []).push(place);
    if (fact && fact.checked < old) stale.push({ place, what: kind, checked: fact.checked });
  };
  for (const k of Object.values(places.kommuner)) {
    note('kommun: webbplats', k.name, k.web);
    note('kommun: växel', k.name, k.vaxel);
    for (const s of KOMMUN_SERVICES) {
      const f = k.services?.[s];
      note(`kommun: ${s}`, k.name, f, !!f);
      if (f) note(`kommun: ${s} med telefon`, k.name, f, !!f.phone);
    }
  }
  for (const r of Object.values(places.regioner)) {
    note('region: psykiatri, egen kontakt bekräftad', r.name, r.psykiatri, r.psykiatri.selfReferral !== 'unknown');
    note('region: psykiatrisk akutmottagning', r.name, r.akut);
    note('region: patientnämnd med telefon', r.name, r.patientnamnd, !!r.patientnamnd?.phone);
    note('region: sida för vårdcentral', r.name, r.vardcentral);
    note('region: beroendevård, egen kontakt bekräftad', r.name, r.beroende, !!r.beroende && r.beroende.selfReferral !== 'unknown');
  }
  return { confirmed, missing, stale };
}
