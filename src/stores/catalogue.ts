import svCommon from '../../locales/sv/common.json';
import index from 'virtual:errand-index';
import type { Catalogue, Contact, DeadlineRule, Messages, Source } from '../engine/types';
import type { FlowMachine } from '../machines/flowMachine';
import type { ErrandIndex } from './start-index';

/**
 * Flows and texts load per errand and per language, on demand, so the first
 * page needs little JavaScript. Files are found by path (import.meta.glob), so
 * a new folder in flows/ and locales/ is picked up with no change here; the
 * build has already validated them. `virtual:errand-index` holds only what
 * the start page needs: the errand ids in order, with titles per language.
 */
const files = () => import('./loaders');
const registries = () =>
  Promise.all([import('../../flows/contacts.json'), import('../../flows/sources.json'), import('../../flows/deadlines.json')]).then(([c, s, d]) => ({
    contacts: c.default as Record<string, Contact>,
    sources: s.default as Record<string, Source>,
    deadlines: d.default as Record<string, DeadlineRule>,
  }));

/** What is loaded so far. Views read it only after `ensure…` has resolved. */
export const catalogue: Catalogue = { flows: {}, contacts: {}, sources: {}, locales: { sv: { common: svCommon as Messages } } };

/** Errand ids in start-page order; filled by `ensureIndex` before the app renders. */
export const errands: string[] = [];
export const languageNames = index.languageNames;
export const languageCodes = Object.keys(index.languageNames);
/** lang → namespaces whose translation lags behind the Swedish (translations/<lang>.json), known once the language has loaded. */
export const staleByLanguage: Record<string, readonly string[]> = {};
/** Start-page titles per language, each loaded with its language (sv before the first render). */
const titleLoaders = index.titleLoaders;

export const isErrand = (id: string) => errands.includes(id);

/**
 * The errand list and the titles in a language: what the start page needs.
 * `given` is the list already on the page (see indexInPage), for its language.
 */
export async function ensureIndex(lang: string, given?: ErrandIndex) {
  const load = titleLoaders[lang];
  if (!load) return;
  const loaded = given ?? (await load());
  const { order, titles } = loaded;
  const stale = (loaded as { stale?: string[] }).stale;
  if (stale) staleByLanguage[lang] = stale;
  if (!errands.length) errands.push(...order);
  for (const [id, m] of Object.entries(titles)) if (!catalogue.locales[lang]?.[id]) onLocaleLoaded(lang, id, m);
}

let registryLoad: Promise<void> | undefined;
function ensureRegistries() {
  registryLoad ??= registries().then((r) => {
    catalogue.contacts = r.contacts;
    catalogue.sources = r.sources;
    catalogue.deadlines = r.deadlines;
  });
  return registryLoad;
}

async function ensureLocale(lang: string, ns: string) {
  if (catalogue.locales[lang]?.[ns]) return;
  const load = (await files()).localeFiles[`../../locales/${lang}/${ns}.json`];
  if (!load) return;
  const messages = await load();
  (catalogue.locales[lang] ??= {})[ns] = messages;
  onLocaleLoaded(lang, ns, messages);
}

let onLocaleLoaded: (lang: string, ns: string, messages: Messages) => void = () => {};
/** i18next registers each bundle as it arrives. */
export function whenLocaleLoaded(fn: typeof onLocaleLoaded) {
  onLocaleLoaded = fn;
}

/** An errand's flow, the registries and its texts in the given languages. */
export async function ensureErrand(id: string, langs: string[]) {
  // The registries need no map of files: they are fetched alongside it.
  const registries = ensureRegistries();
  const load = (await files()).flowFiles[`../../flows/${id}/flow.json`];
  if (!load) throw new Error(`unknown errand ${id}`);
  await Promise.all([
    catalogue.flows[id] ? undefined : load().then((f) => (catalogue.flows[id] = { ...f, id })),
    registries,
    ...[...new Set(['sv', ...langs])].map((l) => ensureLocale(l, id)),
  ]);
}

/** Texts that load with a feature, not an errand (`places`: where you live), in Swedish and in `lang`. */
export async function ensureNamespace(ns: string, lang: string) {
  extraNamespaces.add(ns);
  await Promise.all([...new Set(['sv', lang])].map((l) => ensureLocale(l, ns)));
}
const extraNamespaces = new Set<string>();

/** A language's shared texts and its texts for every errand and feature loaded so far. */
export async function ensureLanguage(lang: string) {
  await Promise.all([
    ensureLocale(lang, 'common'),
    ...[...extraNamespaces].map((ns) => ensureLocale(lang, ns)),
    ensureIndex(lang),
    ...Object.keys(catalogue.flows).map((id) => ensureLocale(lang, id)),
  ]);
}

/** The letters and their words (Swedish, and `lang`): for the letter pages. */
export async function ensureLetters(lang: string) {
  const loaded = catalogue.letters;
  await Promise.all([
    ensureRegistries(),
    ensureNamespace('letters', lang),
    loaded
      ? undefined
      : files().then(async ({ letterFiles }) => {
          const entries = await Promise.all(Object.entries(letterFiles).map(async ([path, load]) => {
            const id = /([^/]+)\.json$/.exec(path)![1]!;
            return [id, { ...(await load()), id }] as const;
          }));
          catalogue.letters = Object.fromEntries(entries) as unknown as Catalogue['letters'];
        }),
  ]);
}

/** Everything, for the ombud's overview of all errands. */
export async function ensureAll(lang: string) {
  await Promise.all(errands.map((id) => ensureErrand(id, [lang])));
}

const machines = new Map<string, FlowMachine>();
/**
 * The errand's machine, with its flow and texts in `langs` loaded. The flow
 * compiler (and XState with it) loads with the first errand, not with the
 * start page, and is fetched alongside the errand's files, not after them:
 * on a slow line each wait in a row is a round trip (ADR 17).
 */
export async function machineFor(errand: string, langs: string[]): Promise<FlowMachine> {
  const [{ compileFlow }] = await Promise.all([import('../machines/flowMachine'), ensureErrand(errand, langs)]);
  let m = machines.get(errand);
  if (!m) machines.set(errand, (m = compileFlow(catalogue.flows[errand]!)));
  return m;
}
