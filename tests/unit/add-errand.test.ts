import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { errandOrder } from '../../src/engine/load';
import { validateCatalogue } from '../../src/engine/validate';
import { compileFlow } from '../../src/machines/flowMachine';

// Proves README's "Add an errand": a folder of data and texts, read by the same
// loader the build uses, validates, compiles and runs with no change in src/.
describe('adding an errand needs no change in src/', () => {
  const cat = readCatalogueFromDisk(process.cwd(), {
    flowsDir: join(process.cwd(), 'tests/fixtures/flows'),
    localesDir: join(process.cwd(), 'tests/fixtures/locales'),
  });

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

  it('fails validation when the fixture breaks a rule', () => {
    const broken = structuredClone(cat);
    (broken.flows.provarende!.nodes.behov as { next: Record<string, string> }).next.brev = 'saknas';
    expect(validateCatalogue(broken).map((p) => `${p.errand}/${p.node}/${p.code}`)).toContain('provarende/behov/unknown-next');
  });
});
