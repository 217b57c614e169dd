import { render } from 'solid-js/web';
import { createEffect, createRoot, on } from 'solid-js';
import { App } from './App';
import { afterPaint } from './after-paint';
import { readTab, writeTab } from '../stores/tab-memory';
import { registerOffline } from './offline';
import { addTexts, initI18n, isLanguage, lang, setLang } from '../i18n';
import { catalogue, ensureIndex, ensureLanguage, languageCodes, whenLocaleLoaded } from '../stores/catalogue';
import { indexInPage } from '../stores/start-index';
import { createPlanStore } from '../stores/plan-store';
import { createSettings } from '../stores/settings';
import { kommun, kommunCode, setKommun } from '../stores/place';
import { personal, personalAsText, restorePersonal } from '../stores/personal';
import { createSession } from './session';
import { parseHash } from './routes';
import './styles.css';

initI18n(catalogue, 'sv', { languages: languageCodes, load: ensureLanguage });
whenLocaleLoaded(addTexts);
const nextTask = () => new Promise<void>((r) => setTimeout(r));

/** A selector that finds the same link or button in the page the app draws. */
function sameElementIn(root: HTMLElement, el: Element | null): string | undefined {
  if (!el || !root.contains(el)) return undefined;
  const href = el.getAttribute('href');
  if (el.tagName === 'A' && href) return `a[href="${CSS.escape(href)}"]`;
  if (el.tagName === 'BUTTON' && el.getAttribute('lang')) return `button[lang="${CSS.escape(el.getAttribute('lang')!)}"]`;
  return undefined;
}

async function start() {
  // The address the page was opened or reloaded at, before the app writes its own.
  const openedAt = location.hash;
  // The start page is already in the HTML, in Swedish: its errand list is
  // the app's too, so nothing needs fetching before the app takes over.
  await ensureIndex('sv', indexInPage(document.getElementById('root')!));
  const settings = createSettings();
  settings.load();
  const plan = createPlanStore({
    current: () => ({ lang: lang(), ...(kommun() ? { kommun: kommun()! } : {}), ...personalAsText() }),
    restore: (stored) => {
      if (stored?.kommun) void setKommun(stored.kommun);
      restorePersonal(stored);
      // Plans saved before the display had its own choice also hold the display.
      if (!settings.kept()) settings.restore(stored);
      const l = stored?.lang;
      if (!l) return;
      // A language this version does not have (older data, a tampered value): say so, stay in Swedish.
      if (isLanguage(l)) void setLang(l);
      else plan.setNotice('badLanguage');
    },
  }, { get: kommunCode, set: (code) => void setKommun(code) });
  const session = createSession({ openShared: plan.openShared });
  session.init();
  // The start is cut into short tasks, each well under 50 ms on a slow phone,
  // so a tap is never kept waiting behind a long one: draw the page first,
  // then read what the person chose to save and set up offline use.
  await nextTask();
  // The start page was rendered into index.html at build time; the app takes
  // over from here. Someone may already be on a link with the keyboard: they
  // stay on the same link in the app's page.
  const root = document.getElementById('root')!;
  const focused = sameElementIn(root, document.activeElement);
  // The language menu opened on the static page stays open in the app's.
  const menuOpen = root.querySelector<HTMLDetailsElement>('details.lang-menu')?.open;
  root.textContent = '';
  render(() => <App session={session} plan={plan} settings={settings} />, root);
  if (menuOpen) root.querySelector<HTMLDetailsElement>('details.lang-menu')?.setAttribute('open', '');
  if (focused) root.querySelector<HTMLElement>(focused)?.focus();
  await nextTask();
  void plan.init().then(async () => {
    // A language button pressed on the static start page, before the app ran (see vite.config.ts).
    const early = (window as { __earlyLang?: string }).__earlyLang;
    if (early && isLanguage(early)) await setLang(early).then(() => plan.persist());
    // A reload (an old phone's background tab, or "ladda om" after an update):
    // the tab's memory brings back the language, the plan and the page.
    const kept = readTab();
    try {
      if (kept?.lang && isLanguage(kept.lang) && kept.lang !== lang()) await setLang(kept.lang);
      if (kept?.plan) await plan.openShared(kept.plan);
      if (kept?.kommun) await setKommun(kept.kommun);
      restorePersonal(kept?.personal as Record<string, unknown> | undefined);
      // The place only when the address is still that very page: a reload. Any other address in the tab wins.
      const here = parseHash(openedAt);
      if (kept?.place && here.kind === 'errand' && here.errand === kept.place.errand && here.pos === kept.place.pos) await session.resume(kept.place);
    } catch {
      /* unreadable memory: start fresh */
    }
    // From now on the tab remembers every change: the effect only notes one,
    // and the state is written after the frame that draws it (encoding the
    // plan is no work for the step itself).
    createRoot(() => {
      // A kommun chosen or changed is saved like the answers, when saving is on.
      createEffect(on([kommun, personal], () => plan.persist(), { defer: true }));
      createEffect(() => {
        session.snapshot();
        session.route();
        plan.entries();
        plan.done();
        lang();
        kommun();
        personal();
        afterPaint(() => writeTab({ place: session.place(), plan: plan.entries().length ? plan.shareText() : undefined, lang: lang(), kommun: kommun(), personal: personal() }));
      });
    });
  });
  registerOffline(() => plan.setNotice('update'));
  // Tests (and anyone curious) can tell the static start page from the running app.
  document.documentElement.dataset.ready = '1';
}

void start();
