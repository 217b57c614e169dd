import { createEffect, createMemo, createSignal, lazy, on, Show } from 'solid-js';
import { remainingQuestions } from '../engine/progress';
import { languages, lang, setLang, t, tx, txHas } from '../i18n';
import type { SettingsStore } from '../stores/settings';
import type { PlanStore } from '../stores/plan-store';
import { catalogue, languageNames, staleByLanguage } from '../stores/catalogue';
import { showNotReviewed } from '../engine/staleness';
import { clearTab } from '../stores/tab-memory';
import { forgetPlace } from '../stores/place';
import { forgetPersonal } from '../stores/personal';
import type { Session } from './session';
import { afterPaint } from './after-paint';
import { createQuickExit } from './quick-exit';
import { createPageTitle } from './page-title';
import { Header } from './Header';
import { Footer } from './Footer';
import { PageSwitch } from './PageSwitch';
// The confirmation for "Glöm allt" (a Kobalte dialog) loads only where something is stored.
const ForgetAll = lazy(() => import('../components/forget-all/ForgetAll').then((m) => ({ default: m.ForgetAll })));

/** The shell: header, notices, the page the route names, footer; and where focus goes after a step. */
export function App(props: { session: Session; plan: PlanStore; settings: SettingsStore }) {
  const s = props.session;
  const p = props.plan;
  const shareUrl = () => `${location.origin}${location.pathname}#/dela/${p.shareText()}`;
  // A new version: reload. The tab's memory brings the person back to the same page and plan.
  const reloadKeepingPlace = () => location.reload();
  const exit = createQuickExit(() => {
    p.clearMemory();
    forgetPlace();
    forgetPersonal();
    s.wipe();
  });
  /** "Glöm allt": the device, the plan, the errand on screen and the tab's memory. */
  const forgetAll = () => {
    p.forgetAll();
    props.settings.forget();
    s.forget();
    forgetPlace();
    forgetPersonal();
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

  const flow = () => (s.errand() ? catalogue.flows[s.errand()!] : undefined);
  // "Not reviewed by a fluent reader": always for a language not yet reviewed;
  // for a reviewed one, on a page whose texts lag behind the Swedish.
  const notReviewedHere = () => {
    const r = s.route();
    const pageNs = r.kind === 'errand' ? r.errand : r.kind === 'letter' ? 'letters' : 'common';
    return showNotReviewed({ lang: lang(), reviewed: t('app.reviewed') === 'yes', pageNs, stale: staleByLanguage[lang()] ?? [] });
  };
  const tables = createMemo(() => (flow() ? remainingQuestions(flow()!) : undefined));
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
      <Header
        planCount={p.entries().length}
        languages={languages().map((code) => ({ code, name: languageNames[code]! }))}
        current={lang()}
        onLanguage={(l) => void setLang(l).then(() => p.persist())}
        onHome={() => s.goStart()}
        onPage={(kind) => s.open(kind)}
        onExit={() => exit.leave()}
      />
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
            <Show when={txHas('app.variantNote')}><p>{tx('app.variantNote')}</p></Show>
            <Show when={notReviewedHere()}><p>{t('app.notReviewed')}</p></Show>
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
        <PageSwitch session={s} plan={p} settings={props.settings} flow={flow} tables={tables} setHeading={setHeading} setHasError={setHasError} shareUrl={shareUrl} />
      </main>
      <Footer onPage={(kind) => s.open(kind)} />
    </>
  );
}
