import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk, readScenarios } from '../../scripts/lib/disk-catalogue';
import type { PlanEntry } from '../../src/engine/plan';
import { walk } from '../../src/engine/route';
import { decodePlan, encodePlan } from '../../src/engine/share';
import { forgetStored, loadStored, saveStored, STORAGE_KEY } from '../../src/engine/storage';

const cat = readCatalogueFromDisk(process.cwd());
const pool: PlanEntry[] = Object.keys(cat.flows).flatMap((errand) =>
  Object.values(readScenarios(process.cwd(), errand)).map((s) => {
    // Keep only the answers on the path, as the machine does at the review.
    const { path } = walk(cat.flows[errand]!, s.answers);
    return { errand, outcome: s.outcome, answers: Object.fromEntries(path.map((q) => [q, s.answers[q]!])) };
  }),
);

class Memory {
  m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

describe('share link', () => {
  it('round-trips any plan, with ticked steps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(40)), (entries, ticks) => {
        const keys = entries.flatMap((e) => (cat.flows[e.errand]!.nodes[e.outcome] as { steps: { id: string }[] }).steps.map((s) => `${e.errand}/${e.outcome}/${s.id}`));
        const done = [...new Set(ticks.map((t) => keys[t % keys.length]!))];
        const text = encodePlan(cat, entries, done);
        expect(text).toMatch(/^1\.[a-z0-9.~!,-]+$/);
        const back = decodePlan(cat, text);
        expect(back).toEqual({ ok: true, entries, done: [...new Set(done)].sort((a, b) => keys.indexOf(a) - keys.indexOf(b)) });
      }),
      { numRuns: 200 },
    );
  });

  it('holds no words from the answers', () => {
    const text = encodePlan(cat, [{ errand: 'psykisk-ohalsa', outcome: 'akut', answers: { fara: 'ja' } }]);
    expect(text).toBe('1.psykisk-ohalsa.0');
  });

  it('carries the kommun only as its four-digit code, after the plan, and reads old links without one', () => {
    const entries: PlanEntry[] = [{ errand: 'psykisk-ohalsa', outcome: 'akut', answers: { fara: 'ja' } }];
    expect(encodePlan(cat, entries, [], '1780')).toBe('1.psykisk-ohalsa.0@1780');
    expect(decodePlan(cat, '1.psykisk-ohalsa.0@1780')).toEqual({ ok: true, entries, done: [], kommun: '1780' });
    expect(decodePlan(cat, '1.psykisk-ohalsa.0')).toEqual({ ok: true, entries, done: [] });
    expect(encodePlan(cat, entries, [], 'skip')).toBe('1.psykisk-ohalsa.0');
    expect(decodePlan(cat, '1.psykisk-ohalsa.0@Karlstad')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan(cat, '1.psykisk-ohalsa.0@1780@1880')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('explains a link of an unknown version, a malformed one and a truncated one, and never throws', () => {
    expect(decodePlan(cat, '9.sjuk.00')).toEqual({ ok: false, reason: 'version' });
    expect(decodePlan(cat, 'hej')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan(cat, '1.sjuk.0')).toEqual({ ok: false, reason: 'malformed' }); // truncated: stops at a question
    expect(decodePlan(cat, '1.finnsinte.0')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan(cat, '1.sjuk.zz')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodePlan(cat, '')).toEqual({ ok: false, reason: 'empty' });
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decodePlan(cat, s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('storage on the device', () => {
  const known = (id: string) => !!cat.flows[id];
  const entry = pool[0]!;

  it('stores nothing until asked, then saves, loads and forgets', () => {
    const s = new Memory();
    expect(loadStored(s, known)).toEqual({ state: 'none' });
    expect(saveStored(s, { entries: [entry], done: [] })).toBe(true);
    expect(loadStored(s, known)).toEqual({ state: 'ok', data: { v: 1, entries: [entry], done: [] } });
    forgetStored(s);
    expect(s.m.size).toBe(0);
  });

  it('drops data it cannot read, of another version, or naming an unknown errand', () => {
    for (const bad of ['{', '{"v":0,"entries":[],"done":[]}', JSON.stringify({ v: 1, entries: [{ ...entry, errand: 'borta' }], done: [] }), '[]', 'null']) {
      const s = new Memory();
      s.setItem(STORAGE_KEY, bad);
      expect(loadStored(s, known)).toEqual({ state: 'dropped' });
      expect(s.m.has(STORAGE_KEY)).toBe(false);
    }
  });

  it('survives storage that throws (blocked by the browser)', () => {
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(loadStored(blocked, known)).toEqual({ state: 'dropped' });
    expect(saveStored(blocked, { entries: [], done: [] })).toBe(false);
    expect(() => forgetStored(blocked)).not.toThrow();
  });
});
