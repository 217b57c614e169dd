import { For } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import { t, tx } from '../i18n';

/** Tillgänglighetsredogörelse, as Swedish public services publish under the DOS-lag. */
export function AccessibilityView(props: { headingRef: (el: HTMLHeadingElement) => void; onBack: () => void }) {
  const section = (id: string, items: string[]) => (
    <section aria-labelledby={`a11y-${id}`}>
      <h2 id={`a11y-${id}`}>{tx(`a11y.${id}.title`)}</h2>
      <For each={items}>{(k) => <p>{tx(`a11y.${id}.${k}`)}</p>}</For>
    </section>
  );
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('a11y.title')}</h1>
      <p class="lead">{t('a11y.intro')}</p>
      {section('standard', ['text', 'aaa'])}
      {section('tested', ['text', 'browser', 'people'])}
      {section('gaps', ['text', 'translation', 'scripts', 'voice'])}
      {section('report', ['text', 'dos'])}
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </>
  );
}
