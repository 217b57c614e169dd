import i18next from 'i18next';
import type { CommonKey } from './keys';
import { createSignal } from 'solid-js';
import type { Catalogue } from '../engine/types';
import { dirOf, LANGUAGES, type Lang } from './languages';

export { LANGUAGES, type Lang };
/** A language is offered only when its texts are in locales/. */
let available: Lang[] = ['sv'];
export const languages = () => available;
/** A language code this version offers (stored data and the static page may hold others). */
export const isLanguage = (code: string): code is Lang => (available as string[]).includes(code);

const [lang, setLangSignal] = createSignal<Lang>('sv');
const [tick, setTick] = createSignal(0);

export { lang };

let loadLanguage: (l: Lang) => Promise<void> = async () => {};

/**
 * Sets up i18next with the texts loaded so far (synchronously: initAsync
 * false); `load` fetches a language's texts before switching to it.
 */
export function initI18n(cat: Catalogue, initial: Lang = 'sv', opts: { languages?: string[]; load?: (l: Lang) => Promise<void> } = {}) {
  available = LANGUAGES.filter((l) => (opts.languages ?? Object.keys(cat.locales)).includes(l));
  if (opts.load) loadLanguage = opts.load;
  void i18next.init({
    initAsync: false,
    lng: initial,
    fallbackLng: false,
    supportedLngs: available,
    defaultNS: 'common',
    // A copy: i18next adds bundles into its store, and the catalogue must only list what has really loaded.
    resources: Object.fromEntries(Object.entries(cat.locales).map(([l, nss]) => [l, { ...nss }])) as never,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  setLangSignal(initial);
  syncDocument(initial);
}

/** Registers texts that arrived after start (an errand or a language loaded on demand). */
export function addTexts(l: string, ns: string, messages: unknown) {
  i18next.addResourceBundle(l, ns, messages, true, true);
  setTick((n) => n + 1);
}

function syncDocument(l: Lang) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = l;
  // Not i18next.dir(): it asks Intl, which is slow on a cold start.
  document.documentElement.dir = dirOf(l);
}

export async function setLang(l: Lang) {
  await loadLanguage(l);
  await i18next.changeLanguage(l);
  setLangSignal(l);
  syncDocument(l);
  setTick((n) => n + 1);
}

type Options = Record<string, unknown>;

/** A reactive t() for the shared texts: typed keys, re-renders when the language changes. */
export function t(key: CommonKey, options?: Options): string {
  return tx(key, options);
}

/** The Swedish text of a key (an errand's texts load in Swedish too, whatever the language). */
export function inSwedish(key: string): string | undefined {
  const v = swedishResource(key);
  return typeof v === 'string' ? v : undefined;
}

/** A Swedish resource as stored: a text, or a whole object (a letter's template). */
export function swedishResource(key: string): unknown {
  const i = key.indexOf(':');
  return i18next.getResource('sv', i > 0 ? key.slice(0, i) : 'common', i > 0 ? key.slice(i + 1) : key);
}

/**
 * For keys composed at run time (an errand's texts, "contacts.<id>.name"):
 * those are checked by the flow validator and the locale tests, not the
 * compiler. Plain i18next: the hand-written fast path beside it went with the
 * old 16 ms budget (ADR 23).
 */
export function tx(key: string, options?: Options): string {
  tick();
  return i18next.t(key, options as never) as unknown as string;
}

/** Whether a key composed at run time has a text (an optional note such as a letter's `signNote`). */
export function txHas(key: string): boolean {
  tick();
  return i18next.exists(key);
}

/** A list of short paragraphs stored as an array (a letter's note about the body's own form). */
export function txList(key: string): string[] {
  tick();
  const v = i18next.t(key, { returnObjects: true } as never) as unknown;
  return Array.isArray(v) ? (v as string[]) : [];
}

/**
 * Dates in the person's language, but always in the calendar and the digits
 * of Swedish papers: Persian would otherwise count in the Solar Hijri calendar
 * and Arabic and Persian in their own digits, and a last day must read as the
 * decision and the letter write it.
 */
const dateLocale = () => `${lang()}-u-ca-gregory-nu-latn`;

/** One formatter per language and kind, made once: making one is the costly part (a page shows many dates). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (kind: string, opts: Intl.DateTimeFormatOptions) => {
  const key = `${dateLocale()}|${kind}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(dateLocale(), opts)));
  return f;
};

/** Dates as the person's language writes them; month-only dates stay month-only. */
export function formatChecked(iso: string): string {
  tick();
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return (d ? formatter('day', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : formatter('month', { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
}

/** A last day with its weekday, as the person's language writes it ("måndag 28 december 2026"). */
export function formatDay(iso: string): string {
  tick();
  const [y, m, d] = iso.split('-').map(Number);
  return formatter('weekday', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
