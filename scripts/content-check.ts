// npm run content:check: lists outcomes whose sources were checked more than
// 12 months ago, and every broken internal reference. Exits 1 on a broken
// reference, and with --strict also on stale sources.
import { formatProblem, validateCatalogue } from '../src/engine/validate.ts';
import { staleOutcomes } from '../src/engine/review.ts';
import { readCatalogueFromDisk } from './lib/disk-catalogue.ts';

export function main(args: string[]) {
  const cat = readCatalogueFromDisk(process.cwd());
  const todayArg = args.find((a) => a.startsWith('--today='))?.slice(8);
  const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
  const problems = validateCatalogue(cat);
  const stale = staleOutcomes(cat, today);
  const outcomes = Object.values(cat.flows).reduce((n, f) => n + Object.values(f.nodes).filter((x) => x.type === 'outcome').length, 0);
  console.log(`Checked ${Object.keys(cat.flows).length} errands, ${outcomes} outcomes, ${Object.keys(cat.sources).length} sources (today ${today.toISOString().slice(0, 10)}).`);
  if (problems.length) {
    console.log(`\nBroken references (${problems.length}):`);
    for (const p of problems) console.log(formatProblem(p));
  } else console.log('No broken references.');
  if (stale.length) {
    console.log(`\nChecked more than 12 months ago (${stale.length}):`);
    for (const s of stale) console.log(`  [${s.errand}] ${s.outcome}: ${s.source} checked ${s.checked} – ${s.url}`);
  } else console.log('No source is older than 12 months.');
  return problems.length || (args.includes('--strict') && stale.length) ? 1 : 0;
}
