import { batch, createComputed, createRenderEffect, createSignal, For, on, untrack, type Accessor, type JSX, type Setter } from 'solid-js';
import { QuestionView } from './QuestionView';
import { afterPaint } from '../app/after-paint';
import { progress, type Remaining } from '../engine/progress';
import { type Flow, isQuestion, type QuestionNode } from '../engine/types';
import { nodeOf } from '../machines/node';

/** What a view needs of a machine snapshot: where it stands and what was answered. */
export interface StepSnapshot {
  value: unknown;
  context: { answers: Record<string, string | undefined>; history: readonly string[] };
}

/** What one slot shows: a step of an errand, set as one, so its flow and its node always agree. */
interface Step {
  errand: string;
  flow: Flow;
  tables: Map<string, Remaining>;
  snap: StepSnapshot;
}

interface Slot {
  step: Accessor<Step>;
  setStep: Setter<Step>;
  /** The id its fields are named from. */
  fieldId: string;
}

/**
 * The question on screen, and the next one drawn ahead while the person reads
 * (docs/adr/0018-the-next-question-drawn-ahead.md).
 *
 * Once an option is chosen, the app works out where it leads (`upcoming`). If
 * that is a question, it is drawn in a second slot: laid out, but not seen
 * (see-through and inert, so no pointer, key or screen reader reaches it). On
 * "Nästa", if the step is that one, the page only brings that slot on screen
 * and puts the old one out of sight (it leaves the page two frames later):
 * the words are already laid out. Any other step (Tillbaka, a changed answer,
 * a question not drawn yet) changes the words of the question on screen, as
 * before.
 */
export function QuestionStage(props: {
  errand: string;
  flow: Flow;
  /** Questions left from each node, for "Fråga n av m". */
  tables: Map<string, Remaining>;
  /** Where the errand stands: a question. */
  snapshot: StepSnapshot;
  /** The step the chosen option leads to, worked out ahead, if any. */
  upcoming?: StepSnapshot;
  onAnswer: (node: string, option: string) => void;
  onChoose: (node: string, option: string) => void;
  onBack: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
  onError: (hasError: boolean) => void;
  readAloud: (text: () => string, node: () => string) => JSX.Element;
}) {
  const stepOf = (snap: StepSnapshot): Step => ({ errand: props.errand, flow: props.flow, tables: props.tables, snap });
  // Each slot keeps the ids it was made with, so none changes on a step. At
  // most three slots live at once: the one leaving, the one on screen and the
  // one drawn ahead.
  const makeSlot = (snap: StepSnapshot): Slot => {
    const [step, setStep] = createSignal(stepOf(snap));
    const taken = new Set(untrack(slots).map((x) => x.fieldId));
    return { step, setStep, fieldId: ['fraga', 'fraga-2', 'fraga-3'].find((id) => !taken.has(id))! };
  };
  const [slots, setSlots] = createSignal<Slot[]>([]);
  const first = makeSlot(props.snapshot);
  setSlots([first]);
  const [shown, setShown] = createSignal(first);
  /** The question just left: out of sight at once, out of the page two frames later. */
  const [leaving, setLeaving] = createSignal<Slot>();
  // False for the frame in which a drawn-ahead question comes on screen: it
  // stays inert until then (lifting that restyles every element in it, which
  // the frame does not need), and the focus moves to it after that frame.
  const [settled, setSettled] = createSignal(true);
  const spare = () => slots().find((x) => x !== shown() && x !== leaving());
  const questionAt = (snap: StepSnapshot) => {
    const id = nodeOf(snap.value as never);
    return isQuestion(props.flow.nodes[id]) ? id : undefined;
  };
  const remove = (slot: Slot) => setSlots(slots().filter((x) => x !== slot));
  const dropLeaving = () => {
    const gone = leaving();
    if (!gone) return;
    batch(() => {
      setLeaving(undefined);
      remove(gone);
    });
  };

  // A step: show the question drawn ahead if it is this one; otherwise change
  // the words of the one on screen.
  createComputed(
    on(
      () => props.snapshot,
      (snap) => {
        dropLeaving();
        const ahead = spare();
        if (ahead && ahead.step().snap === snap) {
          // The old question only goes out of sight here: taking it out of
          // the page, with the focus on its "Nästa", costs more than the rest
          // of the step. After the frame, the new one can be reached and
          // takes the focus (ADR 15); the old one goes the frame after that.
          batch(() => {
            setSettled(false);
            setLeaving(shown());
            setShown(ahead);
          });
          afterPaint(() => {
            setSettled(true);
            afterPaint(dropLeaving);
          });
          return;
        }
        batch(() => {
          shown().setStep(stepOf(snap));
          if (ahead) remove(ahead);
        });
      },
      { defer: true },
    ),
  );
  // An option chosen, its step worked out: draw that question ahead.
  createComputed(
    on(
      () => props.upcoming,
      (up) => {
        if (!up) return;
        const ahead = spare();
        const id = questionAt(up);
        if (!id || id === nodeOf(shown().step().snap.value as never)) {
          if (ahead) remove(ahead);
        } else if (ahead) ahead.setStep(stepOf(up));
        else setSlots([...slots(), makeSlot(up)]);
      },
      { defer: true },
    ),
  );

  return (
    <div class="question-stage">
      <For each={slots()}>
        {(slot) => {
          // Out of sight: drawn ahead, or just left.
          const ahead = () => slot !== shown();
          // Inert: drawn ahead, or on screen but not yet for a frame. The
          // question just left keeps what it had, so the step restyles none of it.
          const inert = () => slot === spare() || (slot === shown() && !settled());
          const step = slot.step;
          const node = () => nodeOf(step().snap.value as never);
          return (
            <div class="question-slot" classList={{ 'question-slot--away': ahead() }} aria-hidden={ahead() ? 'true' : undefined} ref={(el) => createRenderEffect(() => el.toggleAttribute('inert', inert()))}>
              <QuestionView
                errand={step().errand}
                nodeId={node()}
                node={step().flow.nodes[node()] as QuestionNode}
                current={step().snap.context.answers[node()]}
                progress={progress(step().flow, node(), step().snap.context.history.length, step().tables)}
                active={!ahead()}
                fieldId={slot.fieldId}
                onAnswer={(option) => props.onAnswer(node(), option)}
                onChoose={(option) => props.onChoose(node(), option)}
                onBack={() => props.onBack()}
                headingRef={props.headingRef}
                onError={(e) => props.onError(e)}
                readAloud={(text) => props.readAloud(text, node)}
              />
            </div>
          );
        }}
      </For>
    </div>
  );
}
