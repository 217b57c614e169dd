import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import type { OutcomeNode } from '../../src/engine/types';

const cat = readCatalogueFromDisk(process.cwd());
const terms = (errand: string, outcome: string) => (cat.flows[errand]!.nodes[outcome] as OutcomeNode).terms ?? [];

// Written by hand from reading the answers: the words a person meets there and may not know.
describe('words explained on an answer', () => {
  it.each([
    ['sjuk', 'anstalld-intyg', ['lakarintyg', 'sjukpenning']],
    ['manga-kontakter', 'be-om-sip', ['sip', 'socialtjansten']],
    ['klaga-pa-varden', 'vardgivaren', ['patientnamnden']],
    ['overklaga', 'fk-omprovning', ['omprovning', 'overklaga']],
    ['skulder', 'forelaggande', ['kronofogden']],
  ])('%s / %s explains %j', (errand, outcome, words) => {
    expect(terms(errand, outcome)).toEqual(expect.arrayContaining(words));
  });

  it('acute answers explain nothing: help comes first and plainly', () => {
    for (const flow of Object.values(cat.flows)) {
      for (const node of Object.values(flow.nodes)) if (node.type === 'outcome' && node.acute) expect(node.terms ?? []).toEqual([]);
    }
  });

  it('every explanation is short: at most five sentences, in every language', () => {
    for (const [lang, ns] of Object.entries(cat.locales)) {
      for (const [id, term] of Object.entries((ns.common as { terms: Record<string, { word: string; text: string }> }).terms)) {
        expect(term.text.split(/[.!?؟]\s/).length, `${lang} ${id}`).toBeLessThanOrEqual(5);
      }
    }
  });
});
