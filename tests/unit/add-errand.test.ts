import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { errandOrder } from '../../src/engine/load';
import { validateCatalogue } from '../../src/engine/validate';
import { compileFlow } from '../../src/machines/flowMachine';
import { describeErrand } from '../flows/describe-errand';

// Proves README's "Add an errand", step by step, on a fixture errand in
// tests/fixtures/: its flow, its texts in every language the app has (sv, en,
// ar), its scenarios and its route table, read by the same loader the build
// uses: it validates, compiles and runs with no change in src/.
const dirs = { flowsDir: join(process.cwd(), 'tests/fixtures/flows'), localesDir: join(process.cwd(), 'tests/fixtures/locales') };

// Step 4: the route table, by hand, and the scenarios, checked as every errand's are.
describeErrand('provarende', { routes: { behov: { brev: 'skriv', samtal: 'ring', vetinte: 'ring' } } }, dirs);

describe('adding an errand needs no change in src/', () => {
  const cat = readCatalogueFromDisk(process.cwd(), dirs);

  it('loads the fixture errand beside the real ones and validates it', () => {
    expect(Object.keys(cat.flows)).toContain('provarende');
    expect(errandOrder(cat).at(-1)).toBe('provarende');
    expect(validateCatalogue(cat).filter((p) => p.errand === 'provarende')).toEqual([]);
  });

  it('compiles it to a machine that reaches its outcomes', () => {
    const actor = createActor(compileFlow(cat.flows.provarende!)).start();
    actor.send({ type: 'answer', node: 'behov', option: 'brev' });
    expect(actor.getSnapshot().value).toEqual({ skriv: 'review' });
    actor.send({ type: 'confirm' });
    expect(actor.getSnapshot().value).toEqual({ skriv: 'result' });
  });

  it('needs the texts in every language the app has: without Arabic it fails', () => {
    const noArabic = structuredClone(cat);
    delete noArabic.locales.ar!.provarende;
    expect(validateCatalogue(noArabic).map((p) => `${p.errand}/${p.code}`)).toContain('provarende/missing-key');
  });

  it('fails validation when the fixture breaks a rule', () => {
    const broken = structuredClone(cat);
    (broken.flows.provarende!.nodes.behov as { next: Record<string, string> }).next.brev = 'saknas';
    expect(validateCatalogue(broken).map((p) => `${p.errand}/${p.node}/${p.code}`)).toContain('provarende/behov/unknown-next');
  });
});
