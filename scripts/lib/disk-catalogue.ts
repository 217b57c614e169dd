import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueFrom } from '../../src/engine/load.ts';
import type { Catalogue } from '../../src/engine/types.ts';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

/**
 * Reads flows/ and locales/ under `root` the way the app's glob imports do.
 * `extraFlowsDir` adds errand folders from elsewhere (test fixtures).
 */
export function readCatalogueFromDisk(root: string, extra?: { flowsDir?: string; localesDir?: string }): Catalogue {
  const flows: Record<string, unknown> = {};
  for (const dir of [join(root, 'flows'), extra?.flowsDir].filter(Boolean) as string[]) {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name, 'flow.json');
      if (d.isDirectory() && existsSync(p)) flows[p] = json(p);
    }
  }
  const locales: Record<string, unknown> = {};
  for (const dir of [join(root, 'locales'), extra?.localesDir].filter(Boolean) as string[]) {
    for (const lang of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, lang))) {
        if (f.endsWith('.json')) locales[join(dir, lang, f)] = json(join(dir, lang, f));
      }
    }
  }
  const cat = catalogueFrom({
    flows,
    contacts: json(join(root, 'flows', 'contacts.json')),
    sources: json(join(root, 'flows', 'sources.json')),
    locales,
  });
  if (existsSync(join(root, 'flows', 'deadlines.json'))) cat.deadlines = json(join(root, 'flows', 'deadlines.json'));
  const letters = join(root, 'flows', 'letters');
  if (existsSync(letters)) {
    cat.letters = Object.fromEntries(readdirSync(letters).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -5), { ...json(join(letters, f)), id: f.slice(0, -5) }]));
  }
  const places = join(root, 'flows', 'places');
  if (existsSync(join(places, 'kommuner.json'))) cat.places = { kommuner: json(join(places, 'kommuner.json')), regioner: json(join(places, 'regioner.json')) };
  return cat;
}

/** Scenarios of an errand, if it has any: name → answers and expected outcome. */
export function readScenarios(root: string, errand: string): Record<string, { answers: Record<string, string>; outcome: string }> {
  const p = join(root, 'flows', errand, 'scenarios.json');
  return existsSync(p) ? json(p) : {};
}

/** What each translation was made from (translations/<lang>.json, see src/engine/staleness.ts). */
export function readStamps(root: string): Record<string, Record<string, Record<string, string>>> {
  const dir = join(root, 'translations');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -5), json(join(dir, f))]));
}
