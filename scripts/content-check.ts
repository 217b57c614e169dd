// npm run content:check: lists outcomes whose sources were checked more than
// 12 months ago, and every broken internal reference. Exits 1 on a broken
// reference, and with --strict also on stale sources.
import { formatProblem, validateCatalogue } from '../src/engine/validate.ts';
import { staleOutcomes } from '../src/engine/review.ts';
import { readCatalogueFromDisk, readStamps } from './lib/disk-catalogue.ts';
import { lagging } from '../src/engine/staleness.ts';
import { placesReport } from '../src/engine/places.ts';

export function main(args: string[], root = process.cwd()) {
  const cat = readCatalogueFromDisk(root);
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
  let placesStale = 0;
  if (cat.places) {
    const r = placesReport(cat.places, today);
    placesStale = r.stale.length;
    console.log('\nWhere you live (flows/places/): confirmed, and not confirmed (shown as general advice)');
    for (const kind of [...new Set([...Object.keys(r.confirmed), ...Object.keys(r.missing)])].sort()) {
      const miss = r.missing[kind] ?? [];
      const list = args.includes('--all') || miss.length <= 12 ? miss.join(', ') : `${miss.slice(0, 12).join(', ')} … (--all lists every one)`;
      console.log(`  ${kind}: ${r.confirmed[kind] ?? 0} confirmed, ${miss.length} not${miss.length ? `: ${list}` : ''}`);
    }
    if (r.stale.length) {
      console.log(`\nPlace facts checked more than 12 months ago (${r.stale.length}):`);
      for (const s of r.stale) console.log(`  ${s.place}: ${s.what}, checked ${s.checked}`);
    } else console.log('No place fact is older than 12 months.');
  }
  // Translations that lag behind the Swedish, by language and key (src/engine/staleness.ts).
  const stamps = readStamps(root);
  let lagCount = 0;
  console.log('\nTranslations made from an older Swedish text (bring them up to date, then npm run translations:stamp):');
  for (const lang of Object.keys(cat.locales).filter((l) => l !== 'sv').sort()) {
    const lags = lagging(cat.locales.sv!, cat.locales[lang]!, stamps[lang]);
    lagCount += lags.length;
    if (!lags.length) {
      console.log(`  ${lang}: none`);
      continue;
    }
    const shown = args.includes('--all') ? lags : lags.slice(0, 20);
    console.log(`  ${lang}: ${lags.length}`);
    for (const l of shown) console.log(`    ${l.ns}:${l.key} (${l.reason === 'changed' ? 'the Swedish has changed' : 'no record of its Swedish source'})`);
    if (shown.length < lags.length) console.log(`    … ${lags.length - shown.length} more (--all lists every one)`);
  }
  return problems.length || (args.includes('--strict') && (stale.length || placesStale || lagCount)) ? 1 : 0;
}
