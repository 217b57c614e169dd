import { createEffect, createMemo, lazy, Match, Show, Switch } from 'solid-js';
import { type Flow, isOutcome, isQuestion, type QuestionNode } from '../engine/types';
import { progress, type remainingQuestions } from '../engine/progress';
import { lang, t } from '../i18n';
import { ReadAloud } from '../components/read-aloud/ReadAloud';
import type { PlanStore } from '../stores/plan-store';
import type { SettingsStore } from '../stores/settings';
import { catalogue, errands } from '../stores/catalogue';
import { beginWalk, stepWalk, walk, walkAfter, walkErrand } from '../stores/walk';
import { CrisisView } from '../views/CrisisView';
import { NotFoundView } from '../views/NotFoundView';
import { StartView } from '../views/StartView';
import { REVIEW, RESULT } from './routes';
import type { Session } from './session';
// Pages off the main path load when first opened, keeping the first download small.
const PlanView = lazy(() => import('../views/PlanView').then((m) => ({ default: m.PlanView })));
const OmbudView = lazy(() => import('../views/OmbudView').then((m) => ({ default: m.OmbudView })));
const AccessibilityView = lazy(() => import('../views/AccessibilityView').then((m) => ({ default: m.AccessibilityView })));
const QuestionView = lazy(() => import('../views/QuestionView').then((m) => ({ default: m.QuestionView })));
const ReviewView = lazy(() => import('../views/ReviewView').then((m) => ({ default: m.ReviewView })));
const OutcomeView = lazy(() => import('../views/OutcomeView').then((m) => ({ default: m.OutcomeView })));
const PrivacyView = lazy(() => import('../views/PrivacyView').then((m) => ({ default: m.PrivacyView })));
const LetterView = lazy(() => import('../views/LetterView').then((m) => ({ default: m.LetterView })));
const ManyView = lazy(() => import('../views/ManyView').then((m) => ({ default: m.ManyView })));
const WalkProgress = lazy(() => import('../views/WalkBar').then((m) => ({ default: m.WalkProgress })));
const WalkActions = lazy(() => import('../views/WalkBar').then((m) => ({ default: m.WalkActions })));
const SettingsView = lazy(() => import('../views/SettingsView').then((m) => ({ default: m.SettingsView })));

/** The page the route names: one view, given what it shows and what it may do. */
export function PageSwitch(props: {
  session: Session;
  plan: PlanStore;
  settings: SettingsStore;
  flow: () => Flow | undefined;
  tables: () => ReturnType<typeof remainingQuestions> | undefined;
  setHeading: (el: HTMLHeadingElement) => void;
  setHasError: (v: boolean) => void;
  shareUrl: () => string;
}) {
  const s = props.session;
  const p = props.plan;
  const flow = props.flow;
  const setHeading = props.setHeading;
  const pos = () => {
    const r = s.route();
    return r.kind === 'errand' ? r.pos : undefined;
  };
  // The kind of page, apart from where in the errand: from one question to
  // the next it stays 'errand', so the pages below are not looked at again.
  const kind = createMemo(() => s.route().kind);

  // "Jag har flera saker": the errand on screen is the walk's current one.
  const inWalk = () => kind() === 'errand' && !!s.errand() && walkErrand() === s.errand();
  const outcomeNode = () => (pos() === RESULT ? flow()?.nodes[s.node()!] : undefined);
  const atOutcome = () => isOutcome(outcomeNode());
  const startWith = (id: string) => {
    void QuestionView.preload();
    void s.startErrand(id);
  };
  /** On to the next chosen errand, or, after the last, the one plan. */
  const walkOn = () => {
    const id = stepWalk();
    if (id) startWith(id);
    else s.open('plan');
  };
  // Each errand of a walk ends in Min plan: its answer is added when it shows.
  createEffect(() => {
    if (!inWalk() || !atOutcome()) return;
    const errand = s.errand()!;
    const outcome = s.node()!;
    if (!p.entries().some((e) => e.errand === errand && e.outcome === outcome)) p.add({ errand, outcome, answers: { ...s.snapshot()!.context.answers } });
  });
  return (
    <>
    <Show when={inWalk() && walk()}>
      {(w) => <WalkProgress n={w().at + 1} total={w().errands.length} errand={s.errand()!} added={atOutcome()} />}
    </Show>
    <Switch>
      {/* The question first: a step from one question to the next stops here. */}
      <Match when={kind() === 'errand' && isQuestion(flow()?.nodes[s.node()!]) && s.node()}>
        {/* From one question to the next the same view stays and only its words change (ADR 11). */}
        <QuestionView
          errand={s.errand()!}
          nodeId={s.node()!}
          node={flow()!.nodes[s.node()!] as QuestionNode}
          current={s.snapshot()!.context.answers[s.node()!]}
          progress={progress(flow()!, s.node()!, s.snapshot()!.context.history.length, props.tables())}
          onAnswer={(option) => s.send({ type: 'answer', node: s.node()!, option })}
          onBack={() => s.back()}
          headingRef={setHeading}
          onError={props.setHasError}
          readAloud={(text) => (
            <ReadAloud label={t('readAloud.start')} stopLabel={t('readAloud.stop')} lang={lang()} page={s.node()!} text={text} />
          )}
        />
      </Match>
      <Match when={kind() === 'start'}>
        <StartView
          errands={errands}
          onMany={() => s.open('many')}
          onStart={(id) => {
            // The question page's code comes alongside the errand's files.
            void QuestionView.preload();
            void s.startErrand(id);
          }}
          headingRef={setHeading}
        />
      </Match>
      <Match when={kind() === 'plan'}>
        <PlanView store={p} catalogue={catalogue} shareUrl={props.shareUrl} onStart={() => s.goStart()} headingRef={setHeading} onBack={() => s.back()} />
      </Match>
      <Match when={kind() === 'ombud'}>
        <OmbudView catalogue={catalogue} headingRef={setHeading} onBack={() => s.back()} onMany={() => s.open('many')} />
      </Match>
      <Match when={kind() === 'display'}>
        <SettingsView store={props.settings} headingRef={setHeading} onBack={() => s.back()} />
      </Match>
      <Match when={kind() === 'privacy'}>
        <PrivacyView headingRef={setHeading} onBack={() => s.back()} />
      </Match>
      <Match when={kind() === 'a11y'}>
        <AccessibilityView headingRef={setHeading} onBack={() => s.back()} />
      </Match>
      <Match when={kind() === 'crisis'}>
        <CrisisView onBack={() => s.back()} headingRef={setHeading} />
      </Match>
      <Match when={kind() === 'errand' && pos() === REVIEW && s.snapshot()}>
        <ReviewView
          errand={s.errand()!}
          answers={s.snapshot()!.context.history.map((node) => ({ node, option: s.snapshot()!.context.answers[node]! }))}
          onChange={(node) => s.send({ type: 'change', node })}
          onConfirm={() => s.send({ type: 'confirm' })}
          onBack={() => s.back()}
          headingRef={setHeading}
        />
      </Match>
      <Match when={kind() === 'errand' && pos() === RESULT && isOutcome(flow()?.nodes[s.node()!])}>
        <OutcomeView
          errand={s.errand()!}
          nodeId={s.node()!}
          node={flow()!.nodes[s.node()!] as never}
          catalogue={catalogue}
          answers={s.snapshot()!.context.answers}
          onAddToPlan={() => p.add({ errand: s.errand()!, outcome: s.node()!, answers: { ...s.snapshot()!.context.answers } })}
          inPlan={p.entries().some((e) => e.errand === s.errand() && e.outcome === s.node())}
          onShowPlan={() => s.open('plan')}
          onRestart={() => s.restart()}
          onLetter={(id) => s.openLetter(id, '0')}
          onBack={() => s.back()}
          headingRef={setHeading}
        />
      </Match>
      <Match when={kind() === 'letter' && (s.route() as { letter: string; pos: string })}>
        {(r) => <LetterView catalogue={catalogue} letter={r().letter} pos={r().pos} onGo={(pos) => s.openLetter(r().letter, pos)} onBack={() => s.back()} headingRef={setHeading} />}
      </Match>
      <Match when={kind() === 'many'}>
        <ManyView
          errands={errands}
          walk={walk()}
          onBegin={(list) => {
            beginWalk(list);
            startWith(list[0]!);
          }}
          onContinue={() => startWith(walkErrand()!)}
          onError={props.setHasError}
          onBack={() => s.back()}
          headingRef={setHeading}
        />
      </Match>
      <Match when={kind() === 'missing'}>
        <NotFoundView onHome={() => s.goStart()} headingRef={setHeading} />
      </Match>
    </Switch>
    {/* Not on acute help: nothing hurries the person on from there. */}
    <Show when={inWalk() && !(atOutcome() && (outcomeNode() as { acute?: boolean }).acute)}>
      <WalkActions atOutcome={atOutcome()} nextErrand={walkAfter()} onNext={walkOn} onSkip={walkOn} onStop={() => {
        // From an answer, this errand is done: taking the walk up again goes on with the next.
        if (atOutcome()) stepWalk();
        s.open('plan');
      }} />
    </Show>
    </>
  );
}
