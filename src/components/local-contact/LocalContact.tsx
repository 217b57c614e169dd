import { Show } from 'solid-js';
import { Isolate } from '../isolate/Isolate';
import { shortUrl } from '../link/short-url';

/** A step's contact where the person lives, in words ready to show. */
export interface LocalLines {
  /** "I Karlstad", "I Region Värmland". */
  heading: string;
  /** A unit or who runs the service. */
  unit?: string;
  /** Whether one may contact it oneself (psychiatry, addiction care). */
  advice?: string;
  phone?: { label: string; number: string };
  /** What to ask for at the switchboard. */
  ask?: string;
  web?: { label: string; url: string };
  /** What to do when nothing is confirmed, or more to know. */
  note?: string;
  /** "Uppgiften kontrollerad 4 december 2026." */
  checked?: string;
  /** On paper, a line to write a number on when none is known ("Telefon:"). */
  writeLine?: string;
  /** Nothing to call was confirmed: the step keeps its general advice beside these lines. */
  keepGeneral?: boolean;
}

/** The local body under a step's contact: its number as a tel: link, what to ask for, its page, and the check date. */
export function LocalContact(props: { lines: LocalLines }) {
  const l = () => props.lines;
  return (
    <div class="local">
      <p class="local__heading"><strong><Isolate text={l().heading} /></strong></p>
      <Show when={l().unit}><p><Isolate text={l().unit!} /></p></Show>
      <Show when={l().advice}><p>{l().advice}</p></Show>
      <Show when={l().phone}>
        {(p) => (
          <p>
            {p().label}: <a href={`tel:${p().number.replace(/[^\d+]/g, '')}`} class="step__phone" dir="ltr">{p().number}</a>
          </p>
        )}
      </Show>
      <Show when={l().ask}><p>{l().ask}</p></Show>
      <Show when={l().web}>
        {(w) => (
          <p>
            {w().label}:{' '}
            <a href={w().url} rel="noreferrer" target="_blank" dir="ltr">{shortUrl(w().url)}</a>
          </p>
        )}
      </Show>
      <Show when={l().note}><p><Isolate text={l().note!} /></p></Show>
      <Show when={l().writeLine}><p class="print-only local__write">{l().writeLine} ____________________</p></Show>
      <Show when={l().checked}><p class="local__checked"><Isolate text={l().checked!} /></p></Show>
    </div>
  );
}
