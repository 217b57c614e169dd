import { describe, expect, it } from 'vitest';
import { formatProblem, validateCatalogue } from '../../src/engine/validate';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';

describe('the real catalogue', () => {
  const cat = readCatalogueFromDisk(process.cwd());

  it('validates with no problems', () => {
    const problems = validateCatalogue(cat);
    expect(problems.map(formatProblem).join('\n')).toBe('');
  });

  it('has Swedish and English for every errand', () => {
    for (const id of Object.keys(cat.flows)) {
      expect(cat.locales.sv?.[id], `sv/${id}.json`).toBeDefined();
      expect(cat.locales.en?.[id], `en/${id}.json`).toBeDefined();
    }
  });

  it('gives every question with a "Jag vet inte" option a way forward', () => {
    for (const flow of Object.values(cat.flows)) {
      for (const [id, node] of Object.entries(flow.nodes)) {
        if (node.type !== 'question' || !node.dontKnow) continue;
        expect(node.next[node.dontKnow], `${flow.id}/${id}`).toBeDefined();
      }
    }
  });

  it('offers "Jag vet inte" on every question', () => {
    const without = Object.values(cat.flows).flatMap((f) =>
      Object.entries(f.nodes).filter(([, n]) => n.type === 'question' && !n.dontKnow).map(([id]) => `${f.id}/${id}`),
    );
    expect(without).toEqual([]);
  });
});
