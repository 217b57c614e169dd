import { assign, setup } from 'xstate';
import { matches, rulesFor, targetsOf, walk } from '../engine/route';
import { type Flow, isOutcome, isQuestion } from '../engine/types';

export interface FlowContext {
  /** Answers by question id; only those on the current path after review. */
  answers: Record<string, string>;
  /** Questions answered on the way here, in order; Back pops it. */
  history: string[];
  /** True after "Ändra" until the person is back at the review. */
  changing: boolean;
  /** The question being changed; it is shown even though it has an answer. */
  changeFrom?: string;
}

export type FlowEvent =
  | { type: 'answer'; node: string; option: string }
  | { type: 'back' }
  | { type: 'change'; node: string }
  | { type: 'confirm' }
  | { type: 'restart' };

/** A machine state value: a question id, or { outcomeId: 'review' | 'result' }. */
export type FlowStateValue = string | Record<string, 'review' | 'result'>;

const fresh = (): FlowContext => ({ answers: {}, history: [], changing: false, changeFrom: undefined });

/**
 * Compiles a validated flow into a pure XState machine: one state per node, one
 * guarded transition per option and rule, no invoke and no delays, so
 * xstate/graph can walk it. An outcome state has two substates: `review`
 * (check your answers) and `result` (the plan); an acute outcome has only
 * `result`, reached at once.
 */
export function compileFlow(flow: Flow) {
  const machineId = `flow-${flow.id}`;
  const ref = (id: string) => `#${machineId}.${id}`;

  // Predecessors of each node, so Back has a static target for each case.
  const preds = new Map<string, Set<string>>();
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (!isQuestion(node)) continue;
    for (const to of targetsOf(node)) {
      if (!preds.has(to)) preds.set(to, new Set());
      preds.get(to)!.add(id);
    }
  }

  const backTo = (id: string) =>
    [...(preds.get(id) ?? [])].map((p) => ({
      guard: ({ context }: { context: FlowContext }) => context.history[context.history.length - 1] === p,
      target: ref(p),
      actions: assign(({ context }: { context: FlowContext }) => ({
        history: context.history.slice(0, -1),
        changing: false,
        changeFrom: undefined,
      })),
    }));

  const states: Record<string, object> = {};
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (isQuestion(node)) {
      const answerTransitions = node.options.flatMap((o) =>
        rulesFor(node, o).map((r) => ({
          guard: ({ context, event }: { context: FlowContext; event: FlowEvent }) =>
            event.type === 'answer' &&
            event.node === id &&
            event.option === o &&
            matches(r.when, { ...context.answers, [id]: o }),
          target: ref(r.to),
          actions: assign(({ context }: { context: FlowContext }) => ({
            answers: { ...context.answers, [id]: o },
            history: [...context.history, id],
            changeFrom: undefined,
          })),
        })),
      );
      // While changing an answer, questions that still have an answer are
      // passed through, so later answers that still apply are kept.
      const skipTransitions = node.options.flatMap((o) =>
        rulesFor(node, o).map((r) => ({
          guard: ({ context }: { context: FlowContext }) =>
            context.changing &&
            context.changeFrom !== id &&
            context.answers[id] === o &&
            matches(r.when, context.answers),
          target: ref(r.to),
          actions: assign(({ context }: { context: FlowContext }) => ({ history: [...context.history, id] })),
        })),
      );
      states[id] = { always: skipTransitions, on: { answer: answerTransitions, back: backTo(id) } };
    } else if (isOutcome(node) && node.acute) {
      // Acute help goes straight on screen: no "Kontrollera dina svar" page
      // between a person in danger and 112. Back returns to the question.
      states[id] = {
        initial: 'result',
        entry: 'settle',
        states: { result: { on: { back: backTo(id) } } },
      };
    } else if (isOutcome(node)) {
      const questionIds = Object.keys(flow.nodes).filter((q) => isQuestion(flow.nodes[q]));
      states[id] = {
        initial: 'review',
        states: {
          review: {
            entry: 'settle',
            on: {
              confirm: { target: 'result' },
              back: backTo(id),
              change: questionIds.map((q) => ({
                guard: ({ context, event }: { context: FlowContext; event: FlowEvent }) =>
                  event.type === 'change' && event.node === q && context.history.includes(q),
                target: ref(q),
                actions: assign(({ context }: { context: FlowContext }) => ({
                  history: context.history.slice(0, context.history.indexOf(q)),
                  changing: true,
                  changeFrom: q,
                })),
              })),
            },
          },
          result: { on: { back: { target: 'review' } } },
        },
      };
    }
  }

  return setup({
    types: { context: {} as FlowContext, events: {} as FlowEvent },
    actions: {
      // Answers off the path no longer apply; dropping them keeps the review true.
      settle: assign(({ context }) => ({
        changing: false,
        changeFrom: undefined,
        answers: Object.fromEntries(context.history.map((q) => [q, context.answers[q]!])),
      })),
    },
  }).createMachine({
    id: machineId,
    context: fresh,
    initial: flow.start,
    on: { restart: { target: `.${flow.start}`, reenter: true, actions: assign(fresh) } },
    // The config is built from data, so its shape is checked by the validator, not by the compiler.
    states: states as never,
  });
}

export type FlowMachine = ReturnType<typeof compileFlow>;

/** Every answer event a flow can take: the event alphabet for xstate/graph. */
export function answerEvents(flow: Flow): FlowEvent[] {
  return Object.entries(flow.nodes).flatMap(([id, n]) =>
    isQuestion(n) ? n.options.map((option) => ({ type: 'answer' as const, node: id, option })) : [],
  );
}

export { nodeOf } from './node';

/** Events that replay a set of answers from the start (to restore a position). */
export function replayEvents(flow: Flow, answers: Record<string, string>): FlowEvent[] {
  const { path } = walk(flow, answers);
  return path.map((node) => ({ type: 'answer', node, option: answers[node]! }));
}
