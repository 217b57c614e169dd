import { createEffect, createMemo, createSignal, For, lazy, Match, on, Show, Switch } from 'solid-js';
import { inPlace } from '../components/link/in-place';

import { isOutcome, isQuestion, type QuestionNode } from '../engine/types';
import { progress, remainingQuestions } from '../engine/progress';
import { languages, lang, setLang, t, tx } from '../i18n';
import { dirOf } from '../i18n/languages';
import type { SettingsStore } from '../stores/settings';
import { CrisisView } from '../views/CrisisView';
import { ReadAloud } from '../components/read-aloud/ReadAloud';
import type { PlanStore } from '../stores/plan-store';
import { NotFoundView } from '../views/NotFoundView';
import { StartView } from '../views/StartView';
import { catalogue, errands, languageNames } from '../stores/catalogue';
import { type PageKind, REVIEW, RESULT, type Session } from './session';
import { afterPaint } from './after-paint';
import { EXIT_URL } from './exit';
import { clearTab } from '../stores/tab-memory';
import { createQuickExit } from './quick-exit';
import { createPageTitle } from './page-title';
// Pages off the main path load when first opened, keeping the first download small.
const PlanView = lazy(() => import('../views/PlanView').then((m) => ({ default: m.PlanView })));
const OmbudView = lazy(() => import('../views/OmbudView').then((m) => ({ default: m.OmbudView })));
const AccessibilityView = lazy(() => import('../views/AccessibilityView').then((m) => ({ default: m.AccessibilityView })));
const QuestionView = lazy(() => import('../views/QuestionView').then((m) => ({ default: m.QuestionView })));
const ReviewView = lazy(() => import('../views/ReviewView').then((m) => ({ default: m.ReviewView })));
const OutcomeView = lazy(() => import('../views/OutcomeView').then((m) => ({ default: m.OutcomeView })));
const PrivacyView = lazy(() => import('../views/PrivacyView').then((m) => ({ default: m.PrivacyView })));
// The confirmation for "Glöm allt" (a Kobalte dialog) loads only where something is stored.
const ForgetAll = lazy(() => import('../components/forget-all/ForgetAll').then((m) => ({ default: m.ForgetAll })));
const SettingsView = lazy(() => import('../views/SettingsView').then((m) => ({ default: m.SettingsView })));


export function App(props: { session: Session; plan: PlanStore; settings: SettingsStore }) {
  const s = props.session;
  const p = props.plan;
  const shareUrl = () => `${location.origin}${location.pathname}#/dela/${p.shareText()}`;
  // A new version: reload. The tab's memory brings the person back to the same page and plan.
  const reloadKeepingPlace = () => location.reload();
  const exit = createQuickExit(() => {
    p.clearMemory();
    s.wipe();
  });
  /** "Glöm allt": the device, the plan, the errand on screen and the tab's memory. */
  const forgetAll = () => {
    p.forgetAll();
    props.settings.forget();
    s.forget();
    clearTab();
  };
  // After a step, focus goes to the new page's h1, once the page is drawn:
  // moving focus costs an old phone as much as drawing the next question, and
  // a screen reader hears the heading a frame later either way (ADR 15).
  // Views load on demand, so the heading may appear after the page change:
  // its ref then takes the focus.
  let wantFocus = false;
  const takeFocus = (h: HTMLHeadingElement | null) => {
    if (!wantFocus || !h?.isConnected) return;
    wantFocus = false;
    h.focus();
  };
  const setHeading = (el: HTMLHeadingElement) => afterPaint(() => takeFocus(el));
  const [hasError, setHasError] = createSignal(false);
  /** A link to a page: a real href (works in a new tab), opened in place with history. */
  const openPage = (kind: PageKind) => inPlace(() => s.open(kind));

  const flow = () => (s.errand() ? catalogue.flows[s.errand()!] : undefined);
  const tables = createMemo(() => (flow() ? remainingQuestions(flow()!) : undefined));
  const pos = () => {
    const r = s.route();
    return r.kind === 'errand' ? r.pos : undefined;
  };
  // The kind of page, apart from where in the errand: from one question to
  // the next it stays 'errand', so the pages below are not looked at again.
  const kind = createMemo(() => s.route().kind);

  createPageTitle(s, { flow, tables, hasError, leaving: exit.leaving });

  // After every step focus goes to the new heading, so a screen reader reads the new question.
  createEffect(
    on(
      s.page,
      () => {
        setHasError(false);
        wantFocus = true;
        // A new page starts at its top, in the frame that draws it (scrolling
        // to 0, 0 needs no layout); the focus follows after that frame.
        window.scrollTo(0, 0);
        afterPaint(() => takeFocus(document.querySelector<HTMLHeadingElement>('main h1')));
      },
      { defer: true },
    ),
  );


  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipLink')}
      </a>
      <header class="header no-print">
        <div class="header__inner">
          <a class="header__name" href="#/" onClick={inPlace(() => s.goStart())}>
            {t('app.name')}
          </a>
          <nav class="header__nav" aria-label={t('app.menu')}>
            <a class="header__link" href="#/min-plan" onClick={openPage('plan')}>
              {p.entries().length ? t('plan.linkCount', { count: p.entries().length }) : t('plan.link')}
            </a>
            <a class="header__link" href="#/visning" onClick={openPage('display')}>
              {t('display.link')}
            </a>
          </nav>
        </div>
        <nav class="lang-menu" aria-label={t('app.language')}>
          <ul>
            <For each={languages()}>
              {(l) => (
                <li>
                  <button type="button" class="lang-menu__item" lang={l} dir={dirOf(l)} aria-pressed={lang() === l} onClick={() => void setLang(l).then(() => p.persist())}>
                    {languageNames[l]}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </header>
      {/* Crisis help and quick exit, outside the header so they stay at the top of the screen however far the page scrolls. */}
      <div class="quick-bar no-print">
        <a class="crisis-link" href="#/hjalp" onClick={openPage('crisis')}>
          {t('crisis.link')}
        </a>
        <a class="exit-button" href={EXIT_URL} rel="noreferrer" onClick={(e) => { e.preventDefault(); exit.leave(); }}>{t('exit.button')}</a>
      </div>
      <Show when={p.stored() || props.settings.kept()}>
        <div class="stored-bar no-print">
          <p>{p.stored() ? t('save.stored') : t('display.stored')}</p>
          <ForgetAll label={t('save.forget')} question={t('save.forgetQuestion')} confirm={t('save.forgetConfirm')} cancel={t('save.forgetCancel')} onConfirm={forgetAll} />
        </div>
      </Show>
      <main id="main" tabIndex={-1} class="main">
        <Show when={lang() !== 'sv'}>
          <div class="lang-note" role="note">
            <p>{t('app.interpreterNote')}</p>
            <Show when={t('app.reviewed') !== 'yes'}><p>{t('app.notReviewed')}</p></Show>
          </div>
        </Show>
        {/* One polite live region for every notice ("Sparad", "Glömt", a new
            version …), in the page before its words: a screen reader may miss
            words that arrive together with their region (govuk-frontend). */}
        <div role="status" class="notice-region">
          <Show when={p.notice()}>
            {(n) => (
              <div class="notice">
                <p>{tx(`notice.${n()}`)}</p>
                <Show when={n() === 'update'}>
                  <button type="button" class="button" onClick={() => reloadKeepingPlace()}>{t('notice.reload')}</button>
                </Show>
                <button type="button" class="link-button" onClick={() => p.setNotice(undefined)}>{t('notice.close')}</button>
              </div>
            )}
          </Show>
        </div>
        <Switch>
          {/* The question first: a step from one question to the next stops here. */}
          <Match when={kind() === 'errand' && isQuestion(flow()?.nodes[s.node()!]) && s.node()}>
            {/* From one question to the next the same view stays and only its words change (ADR 11). */}
            <QuestionView
              errand={s.errand()!}
              nodeId={s.node()!}
              node={flow()!.nodes[s.node()!] as QuestionNode}
              current={s.snapshot()!.context.answers[s.node()!]}
              progress={progress(flow()!, s.node()!, s.snapshot()!.context.history.length, tables())}
              onAnswer={(option) => s.send({ type: 'answer', node: s.node()!, option })}
              onBack={() => s.back()}
              headingRef={setHeading}
              onError={setHasError}
              readAloud={(text) => (
                <ReadAloud label={t('readAloud.start')} stopLabel={t('readAloud.stop')} lang={lang()} page={s.node()!} text={text} />
              )}
            />
          </Match>
          <Match when={kind() === 'start'}>
            <StartView
              errands={errands}
              onStart={(id) => {
                // The question page's code comes alongside the errand's files.
                void QuestionView.preload();
                void s.startErrand(id);
              }}
              headingRef={setHeading}
            />
          </Match>
          <Match when={kind() === 'plan'}>
            <PlanView store={p} catalogue={catalogue} shareUrl={shareUrl} onStart={() => s.goStart()} headingRef={setHeading} onBack={() => s.back()} />
          </Match>
          <Match when={kind() === 'ombud'}>
            <OmbudView catalogue={catalogue} headingRef={setHeading} onBack={() => s.back()} />
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
              onBack={() => s.back()}
              headingRef={setHeading}
            />
          </Match>
          <Match when={kind() === 'missing'}>
            <NotFoundView onHome={() => s.goStart()} headingRef={setHeading} />
          </Match>
        </Switch>
      </main>
      <footer class="footer no-print">
        <p>
          <a href="#/for-ombud" onClick={openPage('ombud')}>{t('ombud.link')}</a>
          {' · '}
          <a href="#/tillganglighet" onClick={openPage('a11y')}>{t('a11y.link')}</a>
          {' · '}
          <a href="#/integritet" onClick={openPage('privacy')}>{t('privacy.link')}</a>
        </p>
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.about')}</p>
      </footer>
    </>
  );
}
