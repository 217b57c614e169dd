import { Show } from 'solid-js';
import { Isolate } from '../isolate/Isolate';

export interface DeadlineTexts {
  label: string;
  hint: string;
  /** "Sista dag: måndag 28 december 2026." once a date is given. */
  last?: string;
  /** What the last day means, and why it moved if it did. */
  notes: string[];
  calendar: string;
}

/**
 * "När fick du beslutet?" with a native date field, and the last day to act
 * in a status region that is in the page before its words. "Lägg i
 * kalendern" makes a calendar file on the device.
 */
export function Deadline(props: { id: string; texts: DeadlineTexts; value?: string; onChange: (day: string | undefined) => void; onCalendar: () => void }) {
  return (
    <div class="deadline">
      <label for={props.id} class="deadline__label">{props.texts.label}</label>
      <p id={`${props.id}-hint`} class="hint">{props.texts.hint}</p>
      <input
        type="date"
        id={props.id}
        class="deadline__input"
        aria-describedby={`${props.id}-hint`}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      />
      <div role="status" class="deadline__result">
        <Show when={props.texts.last}>
          <p class="deadline__last"><strong><Isolate text={props.texts.last!} /></strong></p>
          {props.texts.notes.map((n) => <p>{n}</p>)}
        </Show>
      </div>
      <Show when={props.texts.last}>
        <button type="button" class="button button--secondary no-print" onClick={() => props.onCalendar()}>{props.texts.calendar}</button>
      </Show>
    </div>
  );
}
