import { Show } from 'solid-js';
import { t, tx } from '../i18n';

/** Where the person is in "Jag har flera saker": above an errand's page, in words. */
export function WalkProgress(props: { n: number; total: number; errand: string; added: boolean }) {
  return (
    <div class="walk-progress no-print" role="note" aria-label={t('walk.label')}>
      <p><strong>{t('walk.progress', { n: props.n, total: props.total })}</strong>: {tx(`${props.errand}:title`)}</p>
      <Show when={props.added}><p>{t('walk.added')}</p></Show>
    </div>
  );
}

/**
 * Under an errand's page in a walk: on to the next errand (from an outcome),
 * skip this one (from a question), or stop and see the plan, which keeps
 * what is done. On acute help it is not shown: nothing hurries the person on.
 */
export function WalkActions(props: { atOutcome: boolean; nextErrand?: string; onNext: () => void; onSkip: () => void; onStop: () => void }) {
  return (
    <section class="walk-actions no-print" aria-label={t('walk.label')}>
      <div class="actions">
        <Show when={props.atOutcome} fallback={<button type="button" class="button button--secondary" onClick={() => props.onSkip()}>{t('walk.skip')}</button>}>
          <button type="button" class="button" onClick={() => props.onNext()}>
            {props.nextErrand ? t('walk.next', { title: tx(`${props.nextErrand}:title`) }) : t('walk.last')}
          </button>
        </Show>
        <Show when={props.nextErrand || !props.atOutcome}>
          <button type="button" class="link-button" onClick={() => props.onStop()}>{t('walk.stop')}</button>
        </Show>
      </div>
      <p>{t('walk.stopNote')}</p>
    </section>
  );
}
