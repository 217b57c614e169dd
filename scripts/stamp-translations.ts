/**
 * Records which Swedish text each translation was made from
 * (translations/<lang>.json). Run it after a translation is written or
 * brought up to date with the Swedish:
 *
 *   npm run translations:stamp -- fi                 every text in Finnish
 *   npm run translations:stamp -- fi sjuk            one namespace
 *   npm run translations:stamp -- fi sjuk:title      one text
 *   npm run translations:stamp -- --all              every language
 *
 * Only what is named is stamped; the rest keeps its record, so a text whose
 * Swedish changed stays listed by `npm run content:check` until someone has
 * brought its translation up to date and stamped it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogueFromDisk, readStamps } from './lib/disk-catalogue.ts';
import { stamp } from '../src/engine/staleness.ts';

export function main(args: string[], root = process.cwd()) {
  const [first, ...only] = args;
  if (!first) {
    console.error('Usage: npm run translations:stamp -- <lang> [namespace | namespace:key ...]  (or --all)');
    return 2;
  }
  const cat = readCatalogueFromDisk(root);
  const stamps = readStamps(root);
  const langs = first === '--all' ? Object.keys(cat.locales).filter((l) => l !== 'sv') : [first];
  mkdirSync(join(root, 'translations'), { recursive: true });
  for (const lang of langs) {
    if (!cat.locales[lang]) {
      console.error(`No locales/${lang}/`);
      return 2;
    }
    const next = stamp(cat.locales.sv!, cat.locales[lang]!, stamps[lang], first === '--all' ? [] : only);
    writeFileSync(join(root, 'translations', `${lang}.json`), `${JSON.stringify(next, null, 2)}\n`);
    console.log(`translations/${lang}.json: ${Object.values(next).reduce((n, ns) => n + Object.keys(ns).length, 0)} texts recorded`);
  }
  return 0;
}
