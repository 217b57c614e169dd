import { targetsOf } from './route.ts';
import { type Flow, isQuestion } from './types.ts';

export interface Remaining {
  min: number;
  max: number;
}

/**
 * Questions left from each node to an outcome, counting the node itself,
 * fewest and most. One memoised pass over the (acyclic) graph.
 */
export function remainingQuestions(flow: Flow): Map<string, Remaining> {
  const memo = new Map<string, Remaining>();
  const visit = (id: string): Remaining => {
    const hit = memo.get(id);
    if (hit) return hit;
    const node = flow.nodes[id];
    let r: Remaining = { min: 0, max: 0 };
    if (isQuestion(node)) {
      const targets = targetsOf(node).map((to) => visit(to));
      r = {
        min: 1 + Math.min(...targets.map((x) => x.min)),
        max: 1 + Math.max(...targets.map((x) => x.max)),
      };
    }
    memo.set(id, r);
    return r;
  };
  for (const id of Object.keys(flow.nodes)) visit(id);
  return memo;
}

/** "Question n of total" when the total is certain; otherwise only n. */
export function progress(flow: Flow, node: string, answered: number, table = remainingQuestions(flow)) {
  const r = table.get(node) ?? { min: 1, max: 1 };
  const n = answered + 1;
  return r.min === r.max ? { n, total: answered + r.max } : { n, total: undefined };
}
