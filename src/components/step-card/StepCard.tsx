import { For, type JSX, Show } from 'solid-js';
import { shortUrl } from '../link/short-url';
import { Isolate } from '../isolate/Isolate';
import { Say } from '../say/Say';
import { LocalContact, type LocalLines } from '../local-contact/LocalContact';

export interface StepCardProps {
  n: number;
  label: string;
  title: string;
  contactName: string;
  contactFind: string;
  phone?: string;
  web?: string;
  ways: string[];
  say: string;
  /** The Swedish sentence to say, when the page is in another language. */
  saySwedish?: string;
  bring?: string;
  next: string;
  ifNo: string;
  labels: { contact: string; how: string; say: string; bring: string; next: string; ifNo: string; phone: string; web: string };
  /** The contact where the person lives, when they said where and the contact is local. */
  local?: LocalLines;
  /** More under the facts: a time limit and its last day. */
  extra?: JSX.Element;
}

/** One step of a plan: who, how, what to say and bring, what follows, and what if not. */
export function StepCard(props: StepCardProps) {
  return (
    <li class="step">
      <h2 class="step__title">
        <span class="step__n">{props.label}: </span>
        <Isolate text={props.title} />
      </h2>
      <dl class="step__facts">
        <dt>{props.labels.contact}</dt>
        <dd>
          <strong>{props.contactName}</strong>
          <Show when={props.phone}>
            <br />
            {props.labels.phone}: <a href={`tel:${props.phone!.replace(/[^\d+]/g, '')}`} class="step__phone" dir="ltr">{props.phone}</a>
          </Show>
          <Show when={props.web}>
            <br />
            {props.labels.web}:{' '}
            <a href={props.web} rel="noreferrer" target="_blank" dir="ltr">
              {shortUrl(props.web!)}
            </a>
          </Show>
          <Show when={!props.local || props.local.keepGeneral}>
            <br />
            <Isolate text={props.contactFind} />
          </Show>
          <Show when={props.local}>{(l) => <LocalContact lines={l()} />}</Show>
        </dd>
        <dt>{props.labels.how}</dt>
        <dd>
          <For each={props.ways}>{(w, i) => <>{i() > 0 ? ', ' : ''}{w}</>}</For>
        </dd>
        <dt>{props.labels.say}</dt>
        <dd class="step__say">
          <Say text={props.say} swedish={props.saySwedish} />
        </dd>
        <Show when={props.bring}>
          <dt>{props.labels.bring}</dt>
          <dd><Isolate text={props.bring!} /></dd>
        </Show>
        <dt>{props.labels.next}</dt>
        <dd><Isolate text={props.next} /></dd>
        <dt>{props.labels.ifNo}</dt>
        <dd><Isolate text={props.ifNo} /></dd>
      </dl>
      {props.extra}
    </li>
  );
}
