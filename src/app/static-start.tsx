import { renderToString } from 'solid-js/web';
import type { Catalogue } from '../engine/types';
import { initI18n, languages, t } from '../i18n';
import { StartView } from '../views/StartView';
import { Footer } from './Footer';
import { Header } from './Header';

/**
 * The start page as the app draws it, in Swedish, rendered to HTML at build
 * time (vite.config.ts) from the very components the app uses: it paints
 * before any script runs, and the app then draws the same page over it.
 * Nothing here runs in the browser.
 */
export function renderStartPage(cat: Catalogue, errands: string[]): string {
  initI18n(cat, 'sv');
  const names = languages().map((code) => ({ code, name: t('app.languageName', { lng: code }) }));
  return renderToString(() => (
    <>
      <Header planCount={0} languages={names} current="sv" />
      <main id="main" tabIndex={-1} class="main">
        {/* The app's one polite live region is in the page from the start (App.tsx). */}
        <div role="status" class="notice-region" />
        <StartView errands={errands} onStart={() => {}} onMany={() => {}} headingRef={() => {}} />
      </main>
      <Footer />
    </>
  ));
}
