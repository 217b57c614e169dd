import { For, Show } from 'solid-js';
import { describedBy, FieldHelp } from '../field-help/FieldHelp';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

/**
 * A group of native checkboxes in a fieldset (the govuk-frontend pattern):
 * Space ticks, Tab moves, and the screen reader says "kryssruta" and whether
 * it is ticked, all from the browser itself. Each option may have a hint,
 * linked to its box. The first box has the id an error summary links to.
 */
export function Checkboxes(props: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly CheckboxOption[];
  value: ReadonlySet<string>;
  onChange: (value: string, checked: boolean) => void;
  error?: string;
  errorPrefix?: string;
}) {
  return (
    <fieldset class="checkboxes-group" classList={{ 'radios-group--error': !!props.error }} aria-describedby={describedBy(props.id, props.hint, props.error)}>
      <legend class="radios-group__legend">
        <span class="radios-group__label">{props.legend}</span>
      </legend>
      <FieldHelp id={props.id} hint={props.hint} error={props.error} errorPrefix={props.errorPrefix} />
      <ul class="checkboxes">
        <For each={props.options}>
          {(o, i) => {
            const inputId = () => (i() === 0 ? `${props.id}-first` : `${props.id}-${o.value}`);
            return (
              <li class="check">
                <input
                  type="checkbox"
                  class="check__input"
                  id={inputId()}
                  name={props.id}
                  value={o.value}
                  checked={props.value.has(o.value)}
                  aria-describedby={o.hint ? `${inputId()}-hint` : undefined}
                  onChange={(e) => props.onChange(o.value, e.currentTarget.checked)}
                />
                <span>
                  <label class="check__label" for={inputId()}>{o.label}</label>
                  <Show when={o.hint}>
                    <span class="check__hint" id={`${inputId()}-hint`}>{o.hint}</span>
                  </Show>
                </span>
              </li>
            );
          }}
        </For>
      </ul>
    </fieldset>
  );
}
