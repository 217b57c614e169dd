import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { lookup } from '../../src/engine/validate';

const cat = readCatalogueFromDisk(process.cwd());
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));

describe('locale keys used in src/', () => {
  // The typecheck refuses a literal key missing from sv/common.json; this test
  // also demands it in every other language.
  const used = new Set(files('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z0-9.]+)'/g)].map((m) => m[1]!)));

  it('finds the keys', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  for (const lang of Object.keys(cat.locales)) {
    it(`has every literal key in ${lang}`, () => {
      const missing = [...used].filter((k) => typeof lookup(cat.locales[lang]!.common, k) !== 'string');
      expect(missing).toEqual([]);
    });
  }

  it('has no Swedish or English prose in src/ outside the locale files', () => {
    // Text nodes in JSX: a capitalised word followed by more words, between > and <.
    const prose = files('src')
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/>\s*([A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){2,})\s*</g)].map((m) => `${f}: ${m[1]}`));
    expect(prose).toEqual([]);
  });
});
