import { Show } from 'solid-js';

/**
 * A fieldset's hint and error message, as govuk-frontend places them: under
 * the legend, each with an id the group names in `aria-describedby` (so a
 * screen reader reads them after the legend), the error prefixed for screen
 * readers ("Fel: …"). Shared by the radio group and the checkbox group.
 */
export function FieldHelp(props: { id: string; hint?: string; error?: string; errorPrefix?: string }) {
  return (
    <>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          <span class="visually-hidden">{props.errorPrefix}: </span>
          {props.error}
        </p>
      </Show>
    </>
  );
}

/** The ids a group is described by: its hint, then its error, if shown. */
export const describedBy = (id: string, hint?: string, error?: string): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
