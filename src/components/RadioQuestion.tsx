import { RadioGroup } from '@kobalte/core/radio-group';
import { For, Show } from 'solid-js';

export interface RadioOption {
  value: string;
  label: string;
}

/**
 * One question as a fieldset whose legend is the page heading (GOV.UK
 * pattern), built on Kobalte's RadioGroup (WAI-ARIA radio group pattern,
 * native radio inputs, so arrow keys and Space work as in any form).
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
  return (
    <RadioGroup
      as="fieldset"
      class="question"
      name={props.id}
      value={props.value ?? ''}
      onChange={props.onChange}
      validationState={props.error ? 'invalid' : 'valid'}
    >
      <RadioGroup.Label as="legend" class="question__legend">
        <h1 class="question__title" tabIndex={-1} ref={props.headingRef}>
          {props.legend}
        </h1>
      </RadioGroup.Label>
      <Show when={props.hint}>
        <RadioGroup.Description class="hint">{props.hint}</RadioGroup.Description>
      </Show>
      <RadioGroup.ErrorMessage class="field-error">
        <span class="visually-hidden">{props.errorPrefix}: </span>
        {props.error}
      </RadioGroup.ErrorMessage>
      <div class="radios">
        <For each={props.options}>
          {(option, i) => (
            <RadioGroup.Item value={option.value} class="radio">
              <RadioGroup.ItemInput class="radio__input" id={i() === 0 ? `${props.id}-first` : undefined} />
              <RadioGroup.ItemControl class="radio__control">
                <RadioGroup.ItemIndicator class="radio__indicator" />
              </RadioGroup.ItemControl>
              <RadioGroup.ItemLabel class="radio__label">{option.label}</RadioGroup.ItemLabel>
            </RadioGroup.Item>
          )}
        </For>
      </div>
    </RadioGroup>
  );
}
