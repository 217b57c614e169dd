import { For } from 'solid-js';
import { inPlace } from '../components/link/in-place';
import { dirOf, type Lang } from '../i18n/languages';
import { t } from '../i18n';
import { EXIT_URL } from './exit';

/** What the header needs to know and do; the static start page passes the same with nothing to do. */
export interface HeaderProps {
  /** How many steps are in Min plan (0: the link says only "Min plan"). */
  planCount: number;
  languages: readonly { code: Lang; name: string }[];
  current: Lang;
  onLanguage?: (l: Lang) => void;
  onHome?: () => void;
  onPage?: (kind: 'plan' | 'display' | 'crisis') => void;
  onExit?: () => void;
}

const noop = () => {};

/**
 * Skip link, the app's name, Min plan and Visning, the language buttons, and
 * the bar with crisis help and quick exit. Rendered into index.html at build
 * time too (scripts/static-start.tsx), so the first paint is this very header.
 * The language choice is a set of toggle buttons: choosing one changes a
 * setting, not the page (docs/adr/0025-one-layer-for-each-job.md); they sit
 * in a native disclosure, "Språk: Svenska", one row high (ADR 30).
 */
export function Header(props: HeaderProps) {
  let menu: HTMLDetailsElement | undefined;
  const page = (kind: 'plan' | 'display' | 'crisis') => inPlace(() => (props.onPage ?? noop)(kind));
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipLink')}
      </a>
      <header class="header no-print">
        <div class="header__inner">
          <a class="header__name" href="#/" onClick={inPlace(() => (props.onHome ?? noop)())}>
            {t('app.name')}
          </a>
          <nav class="header__nav" aria-label={t('app.menu')}>
            <a class="header__link" href="#/min-plan" onClick={page('plan')}>
              {props.planCount ? t('plan.linkCount', { count: props.planCount }) : t('plan.link')}
            </a>
            <a class="header__link" href="#/visning" onClick={page('display')}>
              {t('display.link')}
            </a>
          </nav>
        </div>
        {/* Eight languages would take three rows on a small phone and push acute help below the fold:
            a native disclosure keeps them one tap away in a single row (ADR 30). */}
        <details class="lang-menu" ref={(el) => (menu = el)}>
          <summary class="lang-menu__toggle">
            <svg class="lang-menu__icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2" /><path d="M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19" fill="none" stroke="currentColor" stroke-width="2" /></svg>
            <span>{t('app.language')}: </span>
            <span lang={props.current} dir={dirOf(props.current)}>{props.languages.find((l) => l.code === props.current)?.name}</span>
          </summary>
          <nav aria-label={t('app.language')}>
            <ul>
              <For each={props.languages}>
                {(l) => (
                  <li>
                    <button type="button" class="lang-menu__item" lang={l.code} dir={dirOf(l.code)} aria-pressed={props.current === l.code} onClick={() => {
                      props.onLanguage?.(l.code);
                      if (menu) menu.open = false;
                    }}>
                      {l.name}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </details>
      </header>
      {/* Crisis help and quick exit, outside the header so they stay at the top of the screen however far the page scrolls. */}
      <div class="quick-bar no-print">
        <a class="crisis-link" href="#/hjalp" onClick={page('crisis')}>
          {t('crisis.link')}
        </a>
        <a class="exit-button" href={EXIT_URL} rel="noreferrer" onClick={(e) => { e.preventDefault(); props.onExit?.(); }}>{t('exit.button')}</a>
      </div>
    </>
  );
}
