import { createSignal, Show } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import { Checkboxes } from '../components/checkboxes/Checkboxes';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { t, tx } from '../i18n';
import type { Walk } from '../stores/walk';

/**
 * "Jag har flera saker": the situations as checkboxes in the person's words
 * (the errands' own titles); then one errand at a time, each ending in Min
 * plan. A walk under way can be taken up again where it stopped.
 */
export function ManyView(props: {
  errands: string[];
  walk?: Walk;
  onBegin: (errands: string[]) => void;
  onContinue: () => void;
  onError: (hasError: boolean) => void;
  onBack: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
}) {
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [error, setError] = createSignal(false);
  const begin = () => {
    // In the start page's order, whatever order they were ticked in.
    const list = props.errands.filter((id) => chosen().has(id));
    if (!list.length) {
      setError(true);
      props.onError(true);
      return;
    }
    props.onBegin(list);
  };
  return (
    <>
      <Show when={error()}>
        <ErrorSummary title={t('question.errorTitle')} message={t('many.error')} targetId="many-first" />
      </Show>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('many.title')}</h1>
      <Show when={props.walk}>
        {(w) => (
          <div class="now">
            <p>{t('many.underway', { done: w().at, total: w().errands.length })}</p>
            <button type="button" class="button" onClick={() => props.onContinue()}>{t('many.continue')}</button>
          </div>
        )}
      </Show>
      <p class="lead">{t('many.intro')}</p>
      <Checkboxes
        id="many"
        legend={t('many.legend')}
        hint={t('many.hint')}
        options={props.errands.map((id) => ({ value: id, label: tx(`${id}:title`), hint: tx(`${id}:summary`) }))}
        value={chosen()}
        onChange={(id, on) => {
          setChosen((s) => {
            const n = new Set(s);
            if (on) n.add(id);
            else n.delete(id);
            return n;
          });
          if (on && error()) {
            setError(false);
            props.onError(false);
          }
        }}
        error={error() ? t('many.error') : undefined}
        errorPrefix={t('question.errorTitlePrefix')}
      />
      <div class="actions">
        <button type="button" class="button" onClick={begin}>{t('many.start')}</button>
      </div>
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </>
  );
}
