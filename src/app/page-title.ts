import { createEffect } from 'solid-js';
import { progress, type Remaining } from '../engine/progress';
import type { Flow } from '../engine/types';
import { t } from '../i18n';
import { afterPaint } from './after-paint';
import { PAGES, type PageKind } from './pages';
import { REVIEW, RESULT } from './routes';
import type { Session } from './session';

/**
 * The tab's title names the step, so a tab list and a screen reader both say
 * where you are — but never the errand or the question: a tab list or a
 * shared screen must not show "tankar på att dö" or "skulder" (ADR 20).
 */
export function createPageTitle(s: Session, o: { flow: () => Flow | undefined; tables: () => Map<string, Remaining> | undefined; hasError: () => boolean; leaving: () => boolean }) {
  createEffect(() => {
    const r = s.route();
    let name = t('start.title');
    if (r.kind in PAGES) name = t(PAGES[r.kind as PageKind].title);
    else if (r.kind === 'missing') name = t('notFound.title');
    // A letter's page: "Brev" and where in it, never what the letter is about.
    else if (r.kind === 'letter') name = r.pos === 'brev' ? t('letter.title') : t('letter.step', { n: Number(r.pos) + 1 });
    else if (r.kind === 'errand' && s.node()) {
      if (r.pos === REVIEW) name = t('review.title');
      else if (r.pos === RESULT) name = t('outcome.title');
      else {
        const at = progress(o.flow()!, s.node()!, s.snapshot()?.context.history.length ?? 0, o.tables());
        name = at.total !== undefined ? t('question.progress', { n: at.n, total: at.total }) : t('question.titleOpen', { n: at.n });
      }
    }
    const title = `${o.hasError() ? `${t('question.errorTitlePrefix')}: ` : ''}${name} – ${t('app.titleSuffix')}`;
    // After the page is drawn (setting it costs an old phone more than the new question does).
    afterPaint(() => {
      if (!o.leaving()) document.title = title;
    });
  });
}
