import { For } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import { t, tx } from '../i18n';

/** Integritet: what is stored, what is sent, and how to check it yourself. */
export function PrivacyView(props: { headingRef: (el: HTMLHeadingElement) => void; onBack: () => void }) {
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('privacy.title')}</h1>
      <p class="lead">{t('privacy.intro')}</p>
      <For each={['stored', 'sent', 'sharing', 'exit', 'history', 'check']}>
        {(id) => (
          <section aria-labelledby={`privacy-${id}`}>
            <h2 id={`privacy-${id}`}>{tx(`privacy.${id}.title`)}</h2>
            <p>{tx(`privacy.${id}.text`)}</p>
          </section>
        )}
      </For>
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </>
  );
}
