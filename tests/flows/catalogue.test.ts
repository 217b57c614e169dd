import { existsSync, readFileSync } from 'node:fs';
import { rulesFor } from '../../src/engine/route';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCatalogue } from '../../src/engine/validate';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';

describe('the real catalogue', () => {
  const cat = readCatalogueFromDisk(process.cwd());

  it('gives every errand its scenarios and its own test file with the route table', () => {
    for (const id of Object.keys(cat.flows)) {
      expect(existsSync(join(process.cwd(), 'flows', id, 'scenarios.json')), `flows/${id}/scenarios.json`).toBe(true);
      const test = join(process.cwd(), 'tests', 'flows', `${id}.test.ts`);
      expect(existsSync(test), `tests/flows/${id}.test.ts`).toBe(true);
      expect(readFileSync(test, 'utf8'), `tests/flows/${id}.test.ts calls describeErrand with its routes`).toMatch(new RegExp(`describeErrand\\('${id}', \\{\\s*routes:`));
    }
  });

  it('keeps no contact that no step uses, and no source that nothing cites', () => {
    const outcomes = Object.values(cat.flows).flatMap((f) => Object.values(f.nodes).filter((n) => n.type === 'outcome'));
    const usedContacts = new Set(outcomes.flatMap((o) => o.steps.map((s) => s.contact)));
    expect(Object.keys(cat.contacts).filter((c) => !usedContacts.has(c))).toEqual([]);
    // Outcomes, contacts, time limits and letters cite sources (a letter: its own, its address's, its elements' and its form's).
    const letters = Object.values(cat.letters ?? {}).flatMap((l) => [...l.sources, ...(l.to.sources ?? []), ...l.elements.map((e) => e.source), ...(l.form ? [l.form.source] : [])]);
    const deadlines = Object.values(cat.deadlines ?? {}).flatMap((d) => d.sources);
    const cited = new Set([...outcomes.flatMap((o) => o.sources), ...Object.values(cat.contacts).flatMap((c) => c.sources ?? []), ...letters, ...deadlines]);
    expect(Object.keys(cat.sources).filter((s) => !cited.has(s))).toEqual([]);
  });

  it('backs every phone number with a source', () => {
    const bare = Object.entries(cat.contacts).filter(([, c]) => c.phone && !(c.sources ?? []).length).map(([id]) => id);
    expect(bare).toEqual([]);
  });

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
        expect(rulesFor(node, node.dontKnow).length, `${flow.id}/${id}`).toBeGreaterThan(0);
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
