import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, getInitialSnapshot, transition } from 'xstate';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { lookup } from '../../src/engine/validate';
import { isOutcome, isQuestion } from '../../src/engine/types';
import { compileFlow, type FlowEvent, nodeOf, replayEvents } from '../../src/machines/flowMachine';
import { loadStored, saveStored, STORAGE_KEY } from '../../src/engine/storage';

const cat = readCatalogueFromDisk(process.cwd());
const langs = Object.keys(cat.locales);

class Memory {
  m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

type Ev =
  | { t: 'answer'; i: number }
  | { t: 'stray'; node: string; option: string }
  | { t: 'back' }
  | { t: 'change'; i: number }
  | { t: 'confirm' }
  | { t: 'restart' }
  | { t: 'lang'; i: number }
  | { t: 'save' }
  | { t: 'restore' }
  | { t: 'reload' };

const evArb: fc.Arbitrary<Ev> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(30).map((i) => ({ t: 'answer' as const, i })) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('stray' as const), node: fc.string({ maxLength: 12 }), option: fc.string({ maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.constant({ t: 'back' as const }) },
  { weight: 2, arbitrary: fc.nat(10).map((i) => ({ t: 'change' as const, i })) },
  { weight: 2, arbitrary: fc.constant({ t: 'confirm' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
  { weight: 1, arbitrary: fc.nat(5).map((i) => ({ t: 'lang' as const, i })) },
  { weight: 1, arbitrary: fc.constant({ t: 'save' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restore' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'reload' as const }) },
);

const RUNS = 250;
const EVENTS = 40; // 250 runs × 40 events = 10 000 random events per errand

describe('hostile and random use of every errand (fast-check, 10 000 events each)', () => {
  for (const errand of Object.keys(cat.flows)) {
    const flow = cat.flows[errand]!;
    const machine = compileFlow(flow);

    /** From any node, answering "Jag vet inte" (or the first option) reaches an outcome: nobody is stuck. */
    const outcomeReachable = (answers: Record<string, string>) => {
      const a = createActor(machine).start();
      for (const e of replayEvents(flow, answers)) a.send(e);
      for (let i = 0; i < 50; i++) {
        const node = nodeOf(a.getSnapshot().value as never);
        if (isOutcome(flow.nodes[node])) return true;
        const q = flow.nodes[node];
        if (!isQuestion(q)) return false;
        a.send({ type: 'answer', node, option: q.dontKnow ?? q.options[0]! });
      }
      return false;
    };

    it(`${errand}: never throws, never strands, restores to the same screen`, () => {
      fc.assert(
        fc.property(fc.array(evArb, { minLength: EVENTS, maxLength: EVENTS }), (events) => {
          let actor = createActor(machine).start();
          // The app steps the same machine with XState's pure transition(), not an actor (ADR 14): both must agree.
          let pure = getInitialSnapshot(machine);
          const send = (e: FlowEvent) => {
            actor.send(e);
            pure = transition(machine, pure, e)[0];
          };
          const store = new Memory();
          let saved: { value: unknown } | undefined;
          let lang = 'sv';
          for (const ev of events) {
            const snap = actor.getSnapshot();
            const node = nodeOf(snap.value as never);
            const q = flow.nodes[node];
            switch (ev.t) {
              case 'answer':
                if (isQuestion(q)) send({ type: 'answer', node, option: q.options[ev.i % q.options.length]! });
                break;
              case 'stray':
                send({ type: 'answer', node: ev.node, option: ev.option });
                break;
              case 'back':
                send({ type: 'back' });
                break;
              case 'change': {
                const h = snap.context.history;
                if (h.length) send({ type: 'change', node: h[ev.i % h.length]! });
                break;
              }
              case 'confirm':
                send({ type: 'confirm' });
                break;
              case 'restart':
                send({ type: 'restart' });
                break;
              case 'lang':
                lang = langs[ev.i % langs.length]!;
                break;
              case 'save': {
                // Saving keeps the answers on the current path (as the app's review does).
                const answers = Object.fromEntries(snap.context.history.map((k) => [k, snap.context.answers[k]!]));
                saveStored(store, { entries: [{ errand, outcome: node, answers }], done: [] });
                saved = { value: snap.value };
                break;
              }
              case 'restore': {
                const r = loadStored(store, (id) => !!cat.flows[id]);
                if (r.state !== 'ok') break;
                actor.stop();
                actor = createActor(machine).start();
                pure = getInitialSnapshot(machine);
                for (const e of replayEvents(flow, r.data.entries[0]!.answers)) send(e);
                const v = actor.getSnapshot().value;
                // A saved result page comes back as its review, one "confirm" away.
                const same = JSON.stringify(v) === JSON.stringify(saved!.value) || (typeof saved!.value === 'object' && JSON.stringify({ [nodeOf(saved!.value as never)]: 'review' }) === JSON.stringify(v));
                expect(same, `restored ${JSON.stringify(v)}, saved ${JSON.stringify(saved!.value)}`).toBe(true);
                break;
              }
              case 'reload':
                actor.stop();
                actor = createActor(machine).start();
                pure = getInitialSnapshot(machine);
                break;
            }
            const after = actor.getSnapshot();
            expect(pure.value).toEqual(after.value);
            expect(pure.context).toEqual(after.context);
            const at = nodeOf(after.value as never);
            expect(flow.nodes[at], `a real node: ${at}`).toBeDefined();
            expect(after.status).toBe('active');
            // The page can be shown in the chosen language.
            const key = isQuestion(flow.nodes[at]) ? `questions.${at}.title` : `outcomes.${at}.title`;
            expect(typeof lookup(cat.locales[lang]![errand], key)).toBe('string');
            expect(outcomeReachable(after.context.answers)).toBe(true);
          }
          // Broken stored data never throws and is dropped.
          store.setItem(STORAGE_KEY, JSON.stringify(events).slice(0, 17));
          expect(loadStored(store, () => true).state).toBe('dropped');
        }),
        { numRuns: RUNS },
      );
    });
  }
});
