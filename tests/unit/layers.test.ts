import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers (README, "Folder layout"): no arrow runs back up.
// app (the shell) → views → components, stores → engine, machines, i18n.
const SRC = join(process.cwd(), 'src');
const filesIn = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesIn(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
const importsOf = (file: string) => [...readFileSync(join(SRC, file), 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]!);
const offenders = (dir: string, forbidden: RegExp) =>
  filesIn(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));

describe('layers', () => {
  it('views never import the shell (src/app)', () => {
    expect(offenders('views', /(^|\/)app\//)).toEqual([]);
  });
  it('components import neither the shell, views nor stores', () => {
    expect(offenders('components', /(^|\/)(app|views|stores)\//)).toEqual([]);
  });
  it('stores import neither the shell nor views', () => {
    expect(offenders('stores', /(^|\/)(app|views)\//)).toEqual([]);
  });
  it('the engine is plain TypeScript: no Solid, no i18next, no XState, nothing above it', () => {
    expect(offenders('engine', /^(solid-js|i18next|xstate|@kobalte)|(^|\/)(app|views|stores|components|machines|i18n)\//)).toEqual([]);
  });
});
