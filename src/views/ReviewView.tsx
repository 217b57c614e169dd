import { For } from 'solid-js';
import { ReadAloud } from '../components/read-aloud/ReadAloud';
import { inErrand, textKeys } from '../engine/keys';
import { lang, t, tx } from '../i18n';

/** Check your answers: each answer with "Ändra", then on to the plan. */
export function ReviewView(props: {
  errand: string;
  answers: { node: string; option: string }[];
  onChange: (node: string) => void;
  onConfirm: () => void;
  onBack: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
}) {
  const q = (node: string, k: 'title' | 'hint') => tx(inErrand(props.errand, textKeys.question(node, k)));
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <ReadAloud
        label={t('readAloud.start')}
        stopLabel={t('readAloud.stop')}
        lang={lang()}
        text={() => [t('review.title'), ...props.answers.map((a) => `${q(a.node, 'title')} ${tx(inErrand(props.errand, textKeys.option(a.node, a.option)))}.`)].join(' ')}
      />
      <dl class="summary-list">
        <For each={props.answers}>
          {(a) => (
            <div class="summary-list__row">
              <dt>{q(a.node, 'title')}</dt>
              <dd>{tx(inErrand(props.errand, textKeys.option(a.node, a.option)))}</dd>
              <dd class="summary-list__action">
                <button type="button" class="link-button" onClick={() => props.onChange(a.node)}>
                  {t('review.change')}{' '}
                  <span class="visually-hidden">{t('review.changeHidden', { question: q(a.node, 'title') })}</span>
                </button>
              </dd>
            </div>
          )}
        </For>
      </dl>
      <div class="actions">
        <button type="button" class="button" onClick={() => props.onConfirm()}>{t('review.confirm')}</button>
        <button type="button" class="button button--secondary" onClick={() => props.onBack()}>{t('question.back')}</button>
      </div>
    </>
  );
}
