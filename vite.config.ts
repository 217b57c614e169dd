import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { catalogueFrom } from './src/engine/load.ts';
import { FlowValidationError, validateCatalogue } from './src/engine/validate.ts';

/** Reads flows/ and locales/ from disk, the same way the app's glob imports do. */
export function readCatalogueFromDisk(root: string) {
  const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
  const flows: Record<string, unknown> = {};
  for (const d of readdirSync(join(root, 'flows'), { withFileTypes: true })) {
    const p = join(root, 'flows', d.name, 'flow.json');
    if (d.isDirectory() && existsSync(p)) flows[p] = json(p);
  }
  const locales: Record<string, unknown> = {};
  for (const lang of readdirSync(join(root, 'locales'))) {
    for (const f of readdirSync(join(root, 'locales', lang))) {
      if (f.endsWith('.json')) locales[join(root, 'locales', lang, f)] = json(join(root, 'locales', lang, f));
    }
  }
  return catalogueFrom({
    flows,
    contacts: json(join(root, 'flows', 'contacts.json')),
    sources: json(join(root, 'flows', 'sources.json')),
    locales,
  });
}

/** A flow with a broken route, key or source must fail the build, not a person. */
function validateFlows(): Plugin {
  return {
    name: 'forsta-steget:validate-flows',
    buildStart() {
      const problems = validateCatalogue(readCatalogueFromDisk(process.cwd()));
      if (problems.length) this.error(new FlowValidationError(problems).message);
    },
  };
}

export default defineConfig({
  plugins: [solid(), validateFlows()],
  base: './',
  build: { target: 'es2020' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
