/**
 * Translations that cannot go stale unnoticed (issue 22). Each translated
 * text records which Swedish text it was made from: a short hash of that
 * Swedish string, kept beside the translations in `translations/<lang>.json`
 * (`{ "<namespace>": { "<dotted.key>": "<hash>" } }`). When the Swedish
 * changes, its hash no longer matches and the translation lags: the content
 * check lists it, and the app shows that page's "not reviewed" notice.
 */

export type Stamps = Record<string, Record<string, string>>;

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, the same in Node and the browser. */
export function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Every text of a messages object by its dotted key; arrays by position (`form.0`). */
export function leafTexts(messages: unknown, prefix = ''): [string, string][] {
  if (typeof messages === 'string') return prefix ? [[prefix, messages]] : [];
  if (!messages || typeof messages !== 'object') return [];
  return Object.entries(messages as Record<string, unknown>).flatMap(([k, v]) => leafTexts(v, prefix ? `${prefix}.${k}` : k));
}

export interface Lag {
  ns: string;
  key: string;
  /** `changed`: the Swedish changed after the translation was made; `unstamped`: no record of its Swedish source. */
  reason: 'changed' | 'unstamped';
}

/**
 * The translated texts of one language that lag behind the Swedish: each key
 * the translation has and Swedish has too, whose recorded source hash is
 * missing or differs from the hash of today's Swedish text.
 */
export function lagging(sv: Record<string, unknown>, translated: Record<string, unknown>, stamps: Stamps | undefined): Lag[] {
  const out: Lag[] = [];
  for (const [ns, messages] of Object.entries(translated)) {
    const source = new Map(leafTexts(sv[ns]));
    for (const [key] of leafTexts(messages)) {
      const text = source.get(key);
      if (text === undefined) continue;
      const stamp = stamps?.[ns]?.[key];
      if (!stamp) out.push({ ns, key, reason: 'unstamped' });
      else if (stamp !== sourceHash(text)) out.push({ ns, key, reason: 'changed' });
    }
  }
  return out;
}

/** The namespaces with any lagging text: the pages whose notice says the translation is not reviewed. */
export const staleNamespaces = (lags: Lag[]): string[] => [...new Set(lags.map((l) => l.ns))].sort();

/**
 * Records today's Swedish source of the translated texts: all of them, or
 * only those named (`ns` or `ns:key`), keeping the other records as they were.
 */
export function stamp(sv: Record<string, unknown>, translated: Record<string, unknown>, old: Stamps = {}, only?: string[]): Stamps {
  const out: Stamps = JSON.parse(JSON.stringify(old)) as Stamps;
  const wanted = (ns: string, key: string) => !only?.length || only.includes(ns) || only.includes(`${ns}:${key}`);
  for (const [ns, messages] of Object.entries(translated)) {
    const source = new Map(leafTexts(sv[ns]));
    for (const [key] of leafTexts(messages)) {
      const text = source.get(key);
      if (text === undefined || !wanted(ns, key)) continue;
      (out[ns] ??= {})[key] = sourceHash(text);
    }
  }
  // Sorted, so a change to one record is a one-line diff.
  return Object.fromEntries(Object.keys(out).sort().map((ns) => [ns, Object.fromEntries(Object.keys(out[ns]!).sort().map((k) => [k, out[ns]![k]!]))]));
}

/**
 * Whether a page shows "not reviewed by a fluent reader": for a language not
 * marked reviewed, always; for a reviewed one, when the page's own texts (or
 * the shared ones) lag behind the Swedish.
 */
export function showNotReviewed(o: { lang: string; reviewed: boolean; pageNs: string; stale: readonly string[] }): boolean {
  if (o.lang === 'sv') return false;
  if (!o.reviewed) return true;
  return o.stale.includes(o.pageNs) || o.stale.includes('common');
}

/** Per language (Swedish aside), the namespaces that lag: what the build gives the app. */
export function staleByLanguageOf(locales: Record<string, Record<string, unknown>>, stamps: Record<string, Stamps>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const lang of Object.keys(locales)) {
    if (lang === 'sv') continue;
    const ns = staleNamespaces(lagging(locales.sv ?? {}, locales[lang]!, stamps[lang]));
    if (ns.length) out[lang] = ns;
  }
  return out;
}
