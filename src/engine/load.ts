import type { Catalogue, Contact, Flow, Messages, Source } from './types.ts';

/**
 * Builds a catalogue from module maps as produced by import.meta.glob (or by
 * reading files in Node). Paths decide ids: flows/<errand>/flow.json and
 * locales/<lang>/<namespace>.json. Nothing here names an errand, so adding one
 * needs no change in src/.
 */
export function catalogueFrom(input: {
  flows: Record<string, unknown>;
  contacts: unknown;
  sources: unknown;
  locales: Record<string, unknown>;
}): Catalogue {
  const flows: Record<string, Flow> = {};
  for (const [path, mod] of Object.entries(input.flows)) {
    const m = /([^/]+)\/flow\.json$/.exec(path);
    if (!m) continue;
    const flow = unwrap(mod) as Omit<Flow, 'id'> & { id?: string };
    flows[m[1]!] = { ...flow, id: m[1]! };
  }
  const locales: Record<string, Record<string, Messages>> = {};
  for (const [path, mod] of Object.entries(input.locales)) {
    const m = /([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    (locales[m[1]!] ??= {})[m[2]!] = unwrap(mod) as Messages;
  }
  return {
    flows,
    contacts: unwrap(input.contacts) as Record<string, Contact>,
    sources: unwrap(input.sources) as Record<string, Source>,
    locales,
  };
}

function unwrap(mod: unknown): unknown {
  if (mod && typeof mod === 'object' && 'default' in mod) return (mod as { default: unknown }).default;
  return mod;
}

/** Errand ids in start-page order. */
export function errandOrder(cat: Catalogue): string[] {
  return Object.values(cat.flows)
    .sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || a.id.localeCompare(b.id))
    .map((f) => f.id);
}
