// npm run validate: checks every flow in flows/ and every text in locales/
// (routes, keys in every language, contacts, sources, check dates), as the
// build does. Prints each problem and exits 1 if there is one.
import { formatProblem, validateCatalogue } from '../src/engine/validate.ts';
import { readCatalogueFromDisk } from './lib/disk-catalogue.ts';

export function main(args: string[]) {
  const root = args[0] ?? process.cwd();
  const cat = readCatalogueFromDisk(root);
  const problems = validateCatalogue(cat);
  const langs = Object.keys(cat.locales).sort().join(', ');
  if (problems.length === 0) {
    console.log(`OK: ${Object.keys(cat.flows).length} errands, languages ${langs}.`);
    return 0;
  }
  for (const p of problems) console.log(formatProblem(p));
  console.log(`\n${problems.length} problem(s).`);
  return 1;
}
