import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, getInitialSnapshot, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { readCatalogueFromDisk, readScenarios } from '../../scripts/lib/disk-catalogue';
import { matches, rulesFor } from '../../src/engine/route';
import { type Flow, isOutcome, isQuestion, type When } from '../../src/engine/types';
import { answerEvents, compileFlow, type FlowEvent, nodeOf } from '../../src/machines/flowMachine';

const real = readCatalogueFromDisk(process.cwd());

/** Where an errand's files live: the project's flows/ and locales/, or a fixture's folders beside them. */
export interface ErrandDirs {
  flowsDir: string;
  localesDir: string;
}

/**
 * An errand's routes, written by hand in its test file: question → option →
 * the next node, or, where the next node depends on earlier answers, the
 * rules in order (first match wins): `'situation=anstalld'`,
 * `'region=uppsala|vastmanland & fara=nej'`, and `'*'` for "otherwise".
 * It is the second, independent statement of the flow (as GOV.UK Smart
 * Answers' flow tests are): changing a route needs a change here too.
 */
export type RouteTable = Record<string, Record<string, string | Record<string, string>>>;

export interface ErrandSpec {
  /** Every question × option of the errand. */
  routes: RouteTable;
  /** The outcomes that are acute help: reached at once, with no review page between. */
  acute?: string[];
}

/** A `when` written the way the tables write it. */
export function conditionKey(when: When | undefined): string {
  if (!when) return '*';
  return Object.entries(when)
    .map(([node, want]) => `${node}=${Array.isArray(want) ? want.join('|') : want}`)
    .join(' & ');
}

/** Reads a table's condition back: `'*'` matches everything. */
function parseCondition(key: string): When | undefined {
  if (key === '*') return undefined;
  return Object.fromEntries(
    key.split(' & ').map((part) => {
      const [node, want] = part.split('=') as [string, string];
      return [node, want.includes('|') ? want.split('|') : want];
    }),
  );
}

/** The flow's routes in the table's shape, rule order kept. */
function routesOfFlow(flow: Flow): Record<string, [string, string | [string, string][]][]> {
  const out: Record<string, [string, string | [string, string][]][]> = {};
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (!isQuestion(node)) continue;
    out[id] = node.options.map((o) => {
      // The option's own rules, or the question's `otherwise`.
      const next = rulesFor(node, o);
      if (next.length === 0) return [o, '(none)'];
      if (next.length === 1 && !next[0]!.when) return [o, next[0]!.to];
      return [o, next.map((r) => [conditionKey(r.when), r.to] as [string, string])];
    });
  }
  return out;
}

function routesOfTable(table: RouteTable) {
  const out: Record<string, [string, string | [string, string][]][]> = {};
  for (const [id, options] of Object.entries(table)) {
    out[id] = Object.entries(options).map(([o, to]) => [o, typeof to === 'string' ? to : Object.entries(to)]);
  }
  return out;
}

/** Where the table says an option leads, given the answers so far. */
function expectedNext(table: RouteTable, node: string, option: string, answers: Record<string, string>) {
  const to = table[node]?.[option];
  if (to === undefined || typeof to === 'string') return { to, rule: `${node}.${option}` };
  for (const [cond, target] of Object.entries(to)) {
    if (matches(parseCondition(cond), { ...answers, [node]: option })) return { to: target, rule: `${node}.${option}[${cond}]` };
  }
  return { to: undefined, rule: `${node}.${option}[none]` };
}

/** Every step the compiled machine can take from a question, found by walking it from the start. */
function machineSteps(flow: Flow) {
  const machine = compileFlow(flow);
  const steps: { node: string; option: string; answers: Record<string, string>; to: string; value: unknown }[] = [];
  const visit = (snap: ReturnType<typeof getInitialSnapshot<typeof machine>>, depth: number) => {
    const node = nodeOf(snap.value as never);
    const q = flow.nodes[node];
    if (!isQuestion(q) || depth > 40) return;
    for (const option of q.options) {
      const [after] = transition(machine, snap, { type: 'answer', node, option });
      const to = nodeOf(after.value as never);
      steps.push({ node, option, answers: { ...snap.context.answers }, to, value: after.value });
      if (to !== node) visit(after, depth + 1);
    }
  };
  visit(getInitialSnapshot(machine), 0);
  return steps;
}

/** Drives the compiled machine with a scenario's answers; returns where it ends and what it used. */
export function drive(errand: string, answers: Record<string, string>, cat = real) {
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
 * The standard test file of an errand: the hand-written route table and the
 * flow agree edge for edge, the compiled machine goes where the table says,
 * named real scenarios reach the outcome they name, acute outcomes come at
 * once, and every outcome is reachable.
 */
export function describeErrand(errand: string, spec: ErrandSpec, dirs?: ErrandDirs) {
  const cat = dirs ? readCatalogueFromDisk(process.cwd(), dirs) : real;
  const flow = cat.flows[errand];
  const scenarios = dirs ? readScenarios(join(dirs.flowsDir, '..'), errand) : readScenarios(process.cwd(), errand);
  const drive_ = (answers: Record<string, string>) => drive(errand, answers, cat);
  const acute = new Set(spec.acute ?? []);

  describe(`errand ${errand}`, () => {
    it('exists and has scenarios', () => {
      expect(flow).toBeDefined();
      expect(Object.keys(scenarios).length).toBeGreaterThan(0);
    });
    if (!flow) return;
    const outcomes = Object.keys(flow.nodes).filter((id) => isOutcome(flow.nodes[id]));

    describe('routes: the table and the flow agree edge for edge', () => {
      const fromFlow = routesOfFlow(flow);
      const fromTable = routesOfTable(spec.routes);
      it('has the same questions', () => {
        expect(Object.keys(fromTable).sort()).toEqual(Object.keys(fromFlow).sort());
      });
      for (const id of Object.keys(fromFlow)) {
        it(`${id}: every option and rule, in order`, () => {
          expect(fromTable[id], `the table has no row for "${id}"`).toBeDefined();
          expect(fromTable[id]).toEqual(fromFlow[id]);
        });
      }
    });

    it('the compiled machine goes where the table says, and uses every rule in it', () => {
      const used = new Set<string>();
      const wrong: string[] = [];
      for (const s of machineSteps(flow)) {
        const want = expectedNext(spec.routes, s.node, s.option, s.answers);
        used.add(want.rule);
        if (want.to !== s.to) wrong.push(`${want.rule} with ${JSON.stringify(s.answers)}: machine → ${s.to}, table → ${want.to}`);
      }
      expect(wrong).toEqual([]);
      const rules = Object.entries(spec.routes).flatMap(([node, options]) =>
        Object.entries(options).flatMap(([o, to]) => (typeof to === 'string' ? [`${node}.${o}`] : Object.keys(to).map((c) => `${node}.${o}[${c}]`))),
      );
      expect(rules.filter((r) => !used.has(r)), 'rules no path can take').toEqual([]);
    });

    it('acute outcomes are the ones named, and come straight, with no review page', () => {
      const flagged = outcomes.filter((o) => (flow.nodes[o] as { acute?: boolean }).acute);
      expect(flagged.sort()).toEqual([...acute].sort());
      for (const s of machineSteps(flow)) {
        if (!isOutcome(flow.nodes[s.to])) continue;
        expect(s.value, `${s.node}=${s.option}`).toEqual({ [s.to]: acute.has(s.to) ? 'result' : 'review' });
      }
    });

    describe('scenarios', () => {
      for (const [name, sc] of Object.entries(scenarios)) {
        it(`${name} → ${sc.outcome}`, () => {
          const r = drive_(sc.answers);
          expect(r.stuckAt, `scenario has no answer for the question "${r.stuckAt}"`).toBeUndefined();
          expect(r.at).toBe(sc.outcome);
          const snap = r.actor.getSnapshot();
          if (acute.has(sc.outcome)) {
            expect(snap.value).toEqual({ [sc.outcome]: 'result' });
          } else {
            expect(snap.value).toEqual({ [sc.outcome]: 'review' });
            r.actor.send({ type: 'confirm' });
            expect(r.actor.getSnapshot().value).toEqual({ [sc.outcome]: 'result' });
          }
        });
      }
    });

    it('takes every option of every question in some scenario', () => {
      const used = new Set(Object.values(scenarios).flatMap((s) => drive_(s.answers).used));
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
