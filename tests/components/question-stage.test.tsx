import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import axe from 'axe-core';
import { batch, createSignal } from 'solid-js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { remainingQuestions } from '../../src/engine/progress';
import { initI18n } from '../../src/i18n';
import { QuestionStage, type StepSnapshot } from '../../src/views/QuestionStage';

const cat = readCatalogueFromDisk(process.cwd());
const flow = cat.flows.sjuk!;
const sv = cat.locales.sv!.sjuk as { questions: Record<string, { title: string; options: Record<string, string> }> };

/** Snapshots as the machine gives them: where it stands, what was answered. */
const at = (value: StepSnapshot['value'], answers: Record<string, string> = {}, history: string[] = []): StepSnapshot => ({ value, context: { answers, history } });
const first = at('situation', { 'hur-lange': 'kort' });
const next = at('hur-lange', { situation: 'anstalld', 'hur-lange': 'kort' }, ['situation']);
const review = at({ oklar: 'review' }, { situation: 'vetinte' }, ['situation']);

let frames: FrameRequestCallback[] = [];
/** The next frame is drawn, then what waits for it runs. */
const paint = () => {
  const due = frames;
  frames = [];
  for (const f of due) f(performance.now());
  vi.advanceTimersByTime(0);
};

function renderStage() {
  const [errand, setErrand] = createSignal('sjuk');
  const [snapshot, setSnapshot] = createSignal<StepSnapshot>(first);
  const [upcoming, setUpcoming] = createSignal<StepSnapshot>();
  const chosen: string[] = [];
  const answered: string[] = [];
  let backs = 0;
  const { container } = render(() => (
    <main>
      <QuestionStage errand={errand()} flow={cat.flows[errand()]!} tables={remainingQuestions(cat.flows[errand()]!)} snapshot={snapshot()} upcoming={upcoming()}
        onAnswer={(n, o) => answered.push(`${n}=${o}`)} onChoose={(n, o) => chosen.push(`${n}=${o}`)} onBack={() => backs++}
        headingRef={() => {}} onError={() => {}} readAloud={() => null} />
    </main>
  ));
  const slots = () => [...container.querySelectorAll<HTMLElement>('.question-slot')];
  const onScreen = () => slots().filter((s) => !s.classList.contains('question-slot--away'));
  const ahead = () => slots().filter((s) => s.classList.contains('question-slot--away'));
  /** Another errand, as the session sets it: errand and snapshot in one update. */
  const openErrand = (id: string, snap: StepSnapshot) =>
    batch(() => {
      setErrand(id);
      setSnapshot(snap);
    });
  return { container, setSnapshot, setUpcoming, openErrand, chosen, answered, backs: () => backs, slots, onScreen, ahead };
}

beforeAll(() => initI18n(cat, 'sv'));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => {
  paint();
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('QuestionStage', () => {
  it('draws the question an option leads to ahead: out of sight, out of reach, with its own ids', async () => {
    const { container, setUpcoming, chosen, slots, onScreen, ahead } = renderStage();
    expect(slots()).toHaveLength(1);
    fireEvent.click(screen.getByLabelText(sv.questions.situation!.options.anstalld!));
    expect(chosen).toEqual(['situation=anstalld']);
    setUpcoming(next);
    expect(slots()).toHaveLength(2);
    const [spare] = ahead();
    expect(spare!.getAttribute('aria-hidden')).toBe('true');
    expect(spare!.hasAttribute('inert')).toBe(true);
    expect(spare!.querySelector('h1')!.textContent).toBe(sv.questions['hur-lange']!.title);
    // Its saved answer is drawn, but not reported as a choice while it is out of sight.
    expect((spare!.querySelector('input:checked') as HTMLInputElement).labels![0]!.textContent).toBe(sv.questions['hur-lange']!.options.kort);
    expect(chosen).toEqual(['situation=anstalld']);
    // The question on screen is as it was, and the only one a person or a screen reader meets.
    expect(onScreen()[0]!.hasAttribute('inert')).toBe(false);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(sv.questions.situation!.title);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    expect(onScreen()[0]!.querySelector('#fraga-first')).toBeTruthy();
    expect(spare!.querySelector('#fraga-2-first')).toBeTruthy();
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // axe waits on real timers.
    vi.useRealTimers();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('on that step shows the question drawn ahead, puts the old one out of sight, and drops it two frames later', () => {
    const { setSnapshot, setUpcoming, chosen, answered, backs, slots, onScreen, ahead } = renderStage();
    fireEvent.click(screen.getByLabelText(sv.questions.situation!.options.anstalld!));
    setUpcoming(next);
    const old = onScreen()[0]!;
    const drawn = ahead()[0]!;
    const h1 = drawn.querySelector('h1');
    setSnapshot(next);
    // On screen: the very slot drawn ahead, not drawn again, with the ids it had.
    expect(onScreen()).toEqual([drawn]);
    expect(drawn.hasAttribute('aria-hidden')).toBe(false);
    expect(drawn.querySelector('h1')).toBe(h1);
    expect(drawn.querySelector('#fraga-2-first')).toBeTruthy();
    // The old one: out of sight and hidden from screen readers at once; its ids and inert state untouched.
    expect(ahead()).toEqual([old]);
    expect(old.getAttribute('aria-hidden')).toBe('true');
    expect(old.hasAttribute('inert')).toBe(false);
    expect(old.querySelector('#fraga-first')).toBeTruthy();
    // A late press on its Nästa or Tillbaka sends nothing.
    fireEvent.click(old.querySelector('.actions .button')!);
    fireEvent.click(old.querySelector('.actions .button--secondary')!);
    expect(answered).toEqual([]);
    expect(backs()).toBe(0);
    // Inert for the frame that shows it; then it can be used, and its saved answer counts as chosen.
    expect(drawn.hasAttribute('inert')).toBe(true);
    paint();
    expect(drawn.hasAttribute('inert')).toBe(false);
    expect(chosen).toEqual(['situation=anstalld', 'hur-lange=kort']);
    expect(slots()).toEqual([old, drawn]);
    paint();
    expect(slots()).toEqual([drawn]);
  });

  it('changes the words of the question on screen for any other step, and drops the one drawn ahead', () => {
    const { setSnapshot, setUpcoming, slots, onScreen } = renderStage();
    const slot = onScreen()[0]!;
    const h1 = slot.querySelector('h1');
    fireEvent.click(screen.getByLabelText(sv.questions.situation!.options.student!));
    setUpcoming(next);
    expect(slots()).toHaveLength(2);
    // A step not worked out ahead (an equal snapshot, not the same one).
    setSnapshot(at('hur-lange', { situation: 'student' }, ['situation']));
    expect(slots()).toEqual([slot]);
    expect(slot.querySelector('h1')).toBe(h1);
    expect(h1!.textContent).toBe(sv.questions['hur-lange']!.title);
    expect(slot.hasAttribute('inert')).toBe(false);
  });

  it('follows a changed choice in the same slot, and draws nothing ahead of a step that is not a question', () => {
    const { setUpcoming, slots, ahead } = renderStage();
    setUpcoming(next);
    const drawn = ahead()[0]!;
    setUpcoming(at('hur-lange', { situation: 'student' }, ['situation']));
    expect(ahead()).toEqual([drawn]);
    expect(drawn.querySelector('input:checked')).toBeNull();
    setUpcoming(review);
    expect(slots()).toHaveLength(1);
    expect(ahead()).toEqual([]);
  });

  it('sends answers from the question on screen only', () => {
    const { setUpcoming, answered } = renderStage();
    fireEvent.click(screen.getByLabelText(sv.questions.situation!.options.anstalld!));
    setUpcoming(next);
    const buttons = screen.getAllByRole('button', { name: 'Nästa' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(answered).toEqual(['situation=anstalld']);
  });

  it('shows another errand\'s first question in place, its words and options from its own flow', () => {
    const { openErrand, setUpcoming, slots, onScreen } = renderStage();
    const slot = onScreen()[0]!;
    setUpcoming(next);
    const jobb = cat.locales.sv!.jobb as { questions: Record<string, { title: string; options: Record<string, string> }> };
    const firstOfJobb = cat.flows.jobb!.start;
    openErrand('jobb', at(firstOfJobb));
    expect(slots()).toEqual([slot]);
    expect(slot.querySelector('h1')!.textContent).toBe(jobb.questions[firstOfJobb]!.title);
    expect([...slot.querySelectorAll('.radio__label')].map((l) => l.textContent)).toEqual(
      (cat.flows.jobb!.nodes[firstOfJobb] as { options: string[] }).options.map((o) => jobb.questions[firstOfJobb]!.options[o]),
    );
  });
});
