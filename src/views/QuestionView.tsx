import { createComputed, createSignal, on, type JSX, Show } from 'solid-js';
import { inErrand, textKeys } from '../engine/keys';
import { Radios } from '../components/radios/Radios';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import type { QuestionNode } from '../engine/types';
import { t, tx } from '../i18n';

/** One question per page. Nästa with nothing chosen shows the error summary. */
export function QuestionView(props: {
  errand: string;
  nodeId: string;
  node: QuestionNode;
  current?: string;
  progress: { n: number; total?: number };
  onAnswer: (option: string) => void;
  onBack: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
  onError: (hasError: boolean) => void;
  /** The "Läs upp" control, given the words on screen to read (question, hint, options). */
  readAloud?: (text: () => string) => JSX.Element;
}) {
  const [value, setValue] = createSignal<string | undefined>(props.current);
  const [error, setError] = createSignal(false);
  // The view stays on screen from question to question (only the words
  // change, which is fast on an old phone); each new question starts with its
  // own saved answer, if any, and no error.
  createComputed(
    on(
      [() => props.errand, () => props.nodeId],
      () => {
        setValue(props.current);
        setError(false);
      },
      { defer: true },
    ),
  );
  // The same ids on every question this view shows: only the words change from one to the next.
  const fieldId = () => 'fraga';
  const legend = () => tx(inErrand(props.errand, textKeys.question(props.nodeId, 'title')));
  const hint = () => (props.node.hint ? tx(inErrand(props.errand, textKeys.question(props.nodeId, 'hint'))) : undefined);
  const options = () => props.node.options.map((o) => ({ value: o, label: tx(inErrand(props.errand, textKeys.option(props.nodeId, o))) }));
  // What "Läs upp" reads: the same words the page shows, in the same order.
  const spoken = () => [legend(), hint() ?? '', ...options().map((o) => `${o.label}.`)].join(' ');

  const submit = (e: Event) => {
    e.preventDefault();
    const v = value();
    if (!v) {
      setError(true);
      props.onError(true);
      return;
    }
    props.onAnswer(v);
  };

  return (
    <form
      class="question-page"
      onSubmit={submit}
      // Enter on an option goes on, as it does in a form with a submit button.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'radio') submit(e);
      }}
      noValidate
    >
      <Show when={error()}>
        <ErrorSummary title={t('question.errorTitle')} message={t('question.errorRequired')} targetId={`${fieldId()}-first`} />
      </Show>
      <p class="progress">
        {props.progress.total !== undefined
          ? t('question.progress', { n: props.progress.n, total: props.progress.total })
          : t('question.progressOpen', { n: props.progress.n })}
      </p>
      <Radios
        id={fieldId()}
        legend={legend()}
        hint={hint()}
        options={options()}
        value={value()}
        onChange={(v) => {
          setValue(v);
          if (error()) {
            setError(false);
            props.onError(false);
          }
        }}
        error={error() ? t('question.errorRequired') : undefined}
        errorPrefix={t('question.errorTitlePrefix')}
        headingRef={props.headingRef}
      />
      {props.readAloud?.(spoken)}
      <div class="actions">
        {/* A plain button, not a submit button: a form submission makes the
            browser do its own work before our handler runs, which costs an
            old phone more than drawing the next question (ADR 13). */}
        <button type="button" class="button" onClick={submit}>{t('question.next')}</button>
        <button type="button" class="button button--secondary" onClick={() => props.onBack()}>
          {t('question.back')}
        </button>
      </div>
    </form>
  );
}
