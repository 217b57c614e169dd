import { Index, Show } from 'solid-js';
import { describedBy, FieldHelp } from '../field-help/FieldHelp';

export interface RadioOption {
  value: string;
  label: string;
}

/**
 * The one radio group of the app: a fieldset with native radio inputs (the
 * govuk-frontend pattern). Arrow keys, Space and the screen reader's radio
 * announcements come from the browser itself (ADR 11). A question passes
 * `headingRef` and its legend becomes the page's h1, so a screen reader hears
 * the question when focus lands on it; a setting keeps a plain legend.
 */
export function Radios(props: {
  /** Stable id: names the inputs and links the error summary to the first one. */
  id: string;
  legend: string;
  hint?: string;
  options: readonly RadioOption[];
  value?: string;
  onChange: (value: string) => void;
  error?: string;
  /** Read before the error by screen readers, e.g. "Fel". */
  errorPrefix?: string;
  /** Given: the legend is the page heading (h1), focusable for the focus after a step. */
  headingRef?: (el: HTMLHeadingElement) => void;
}) {
  return (
    <fieldset
      class="radios-group"
      classList={{ 'radios-group--error': !!props.error }}
      role="radiogroup"
      aria-labelledby={`${props.id}-legend`}
      aria-describedby={describedBy(props.id, props.hint, props.error)}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <legend class="radios-group__legend" id={`${props.id}-legend`}>
        <Show when={props.headingRef} fallback={<span class="radios-group__label">{props.legend}</span>}>
          <h1 class="radios-group__title" tabIndex={-1} ref={props.headingRef}>
            {props.legend}
          </h1>
        </Show>
      </legend>
      <FieldHelp id={props.id} hint={props.hint} error={props.error} errorPrefix={props.errorPrefix} />
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
                  value={option().value}
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
