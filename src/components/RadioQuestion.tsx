import { Index, Show } from 'solid-js';

export interface RadioOption {
  value: string;
  label: string;
}

/**
 * One question as a fieldset whose legend is the page heading, with native
 * radio inputs (the govuk-frontend pattern): arrow keys, Space and the
 * screen reader's radio announcements come from the browser itself, and a new
 * question renders in a fraction of the time a headless component library
 * needs on an old phone (docs/adr/0011-native-radios-and-a-steady-question-view.md).
 */
export function RadioQuestion(props: {
  /** Stable id: used for the error summary link and the label. */
  id: string;
  legend: string;
  hint?: string;
  options: RadioOption[];
  value?: string;
  onChange: (value: string) => void;
  error?: string;
  /** Read before the error by screen readers, e.g. "Fel". */
  errorPrefix?: string;
  /** The legend is the h1, so a screen reader hears the question when focus lands on it. */
  headingRef?: (el: HTMLHeadingElement) => void;
}) {
  const describedBy = () => [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class="question"
      classList={{ 'question--error': !!props.error }}
      role="radiogroup"
      aria-labelledby={`${props.id}-legend`}
      aria-describedby={describedBy()}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <legend class="question__legend" id={`${props.id}-legend`}>
        <h1 class="question__title" tabIndex={-1} ref={props.headingRef}>
          {props.legend}
        </h1>
      </legend>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          <span class="visually-hidden">{props.errorPrefix}: </span>
          {props.error}
        </p>
      </Show>
      <div class="radios">
        {/* By position, so the next question reuses the same rows and only their words change. */}
        <Index each={props.options}>
          {(option, i) => {
            const inputId = () => (i === 0 ? `${props.id}-first` : `${props.id}-${i}`);
            return (
              <div class="radio">
                <input
                  class="radio__input"
                  type="radio"
                  id={inputId()}
                  name={props.id}
                  checked={props.value === option().value}
                  onChange={() => props.onChange(option().value)}
                />
                <span class="radio__control" aria-hidden="true">
                  <span class="radio__indicator" />
                </span>
                <label class="radio__label" for={inputId()}>
                  {option().label}
                </label>
              </div>
            );
          }}
        </Index>
      </div>
    </fieldset>
  );
}
