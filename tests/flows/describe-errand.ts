import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { readCatalogueFromDisk, readScenarios } from '../../scripts/lib/disk-catalogue';
import { isOutcome, isQuestion } from '../../src/engine/types';
import { answerEvents, compileFlow, type FlowEvent, nodeOf } from '../../src/machines/flowMachine';

const cat = readCatalogueFromDisk(process.cwd());

/** Drives the compiled machine with a scenario's answers; returns where it ends and what it used. */
export function drive(errand: string, answers: Record<string, string>) {
  const flow = cat.flows[errand]!;
  const actor = createActor(compileFlow(flow)).start();
  const used: string[] = [];
  for (let i = 0; i < 100; i++) {
    const node = nodeOf(actor.getSnapshot().value as never);
    if (!isQuestion(flow.nodes[node])) break;
    const option = answers[node];
    if (option === undefined) return { stuckAt: node, used, actor };
    used.push(`${node}=${option}`);
    actor.send({ type: 'answer', node, option });
  }
  return { at: nodeOf(actor.getSnapshot().value as never), used, actor };
}

/**
 * The standard test file of an errand: every option of every question is
 * taken by a named scenario that ends at its expected outcome, every outcome
 * is reachable in the machine, and (optionally) a table of next nodes.
 */
export function describeErrand(errand: string, expectNext: Record<string, Record<string, string>> = {}) {
  const flow = cat.flows[errand];
  const scenarios = readScenarios(process.cwd(), errand);

  describe(`errand ${errand}`, () => {
    it('exists and has scenarios', () => {
      expect(flow).toBeDefined();
      expect(Object.keys(scenarios).length).toBeGreaterThan(0);
    });
    if (!flow) return;
    const outcomes = Object.keys(flow.nodes).filter((id) => isOutcome(flow.nodes[id]));

    describe('next node for each option', () => {
      for (const [node, table] of Object.entries(expectNext)) {
        for (const [option, to] of Object.entries(table)) {
          it(`${node}: ${option} → ${to}`, () => {
            const prefix = drive(errand, {}).actor; // fresh machine at the start
            prefix.stop();
            // Walk to the node with the first scenario that passes it, then answer.
            const sc = Object.values(scenarios).find((s) => drive(errand, s.answers).used.some((u) => u.startsWith(`${node}=`)));
            expect(sc, `a scenario passes ${node}`).toBeDefined();
            const before: Record<string, string> = {};
            for (const u of drive(errand, sc!.answers).used) {
              const [n, o] = u.split('=') as [string, string];
              if (n === node) break;
              before[n] = o;
            }
            const r = drive(errand, { ...before, [node]: option });
            expect(r.at ?? r.stuckAt).toBe(to);
          });
        }
      }
    });

    describe('scenarios', () => {
      for (const [name, sc] of Object.entries(scenarios)) {
        it(`${name} → ${sc.outcome}`, () => {
          const r = drive(errand, sc.answers);
          expect(r.stuckAt, `scenario has no answer for the question "${r.stuckAt}"`).toBeUndefined();
          expect(r.at).toBe(sc.outcome);
          const snap = r.actor.getSnapshot();
          expect(snap.value).toEqual({ [sc.outcome]: 'review' });
          r.actor.send({ type: 'confirm' });
          expect(r.actor.getSnapshot().value).toEqual({ [sc.outcome]: 'result' });
        });
      }
    });

    it('takes every option of every question in some scenario', () => {
      const used = new Set(Object.values(scenarios).flatMap((s) => drive(errand, s.answers).used));
      const all = Object.entries(flow.nodes).flatMap(([id, n]) => (isQuestion(n) ? n.options.map((o) => `${id}=${o}`) : []));
      expect(all.filter((x) => !used.has(x))).toEqual([]);
    });

    it('names every outcome in a scenario', () => {
      const named = new Set(Object.values(scenarios).map((s) => s.outcome));
      expect(outcomes.filter((o) => !named.has(o))).toEqual([]);
    });

    it('reaches every outcome in the machine (xstate/graph)', () => {
      const events: FlowEvent[] = [...answerEvents(flow), { type: 'confirm' }];
      const paths = getShortestPaths(compileFlow(flow), { events });
      const reached = new Set(
        paths.map((p) => p.state.value).filter((v) => typeof v === 'object').map((v) => nodeOf(v as never)),
      );
      expect([...reached].sort()).toEqual([...outcomes].sort());
    });
  });
}
