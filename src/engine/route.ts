import { type Flow, type Next, type QuestionNode, type Rule, type When, isQuestion } from './types.ts';

export type Answers = Readonly<Record<string, string>>;

export function matches(when: When | undefined, answers: Answers): boolean {
  if (!when) return true;
  return Object.entries(when).every(([node, want]) => {
    const got = answers[node];
    if (got === undefined) return false;
    return Array.isArray(want) ? want.includes(got) : got === want;
  });
}

export function rulesOf(next: Next | undefined): Rule[] {
  if (next === undefined) return [];
  return typeof next === 'string' ? [{ to: next }] : next;
}

/** The rules for an option: its own, or the question's `otherwise`. */
export function rulesFor(q: QuestionNode, option: string): Rule[] {
  return rulesOf(q.next[option] ?? q.otherwise);
}

/** Every node a question can lead to, over all its options. */
export function targetsOf(q: QuestionNode): string[] {
  return q.options.flatMap((o) => rulesFor(q, o).map((r) => r.to));
}

/** The node that follows `node` when `option` is chosen, given the other answers. */
export function nextNode(flow: Flow, node: string, option: string, answers: Answers): string | undefined {
  const q = flow.nodes[node];
  if (!isQuestion(q)) return undefined;
  const all = { ...answers, [node]: option };
  return rulesFor(q, option).find((r) => matches(r.when, all))?.to;
}

/**
 * Walks from the start through the given answers. Returns the nodes passed and
 * the node where the walk stops: the first unanswered question, or an outcome.
 */
export function walk(flow: Flow, answers: Answers): { path: string[]; at: string } {
  const path: string[] = [];
  let at = flow.start;
  // A validated flow has no cycles, so the walk ends within the node count.
  for (let i = 0; i <= Object.keys(flow.nodes).length; i++) {
    const option = answers[at];
    if (!isQuestion(flow.nodes[at]) || option === undefined) break;
    const to = nextNode(flow, at, option, answers);
    if (to === undefined) break;
    path.push(at);
    at = to;
  }
  return { path, at };
}

/** The steps of an outcome that apply to these answers, in order. */
export function visibleSteps<S extends { when?: When }>(steps: S[], answers: Answers): S[] {
  return steps.filter((s) => matches(s.when, answers));
}
