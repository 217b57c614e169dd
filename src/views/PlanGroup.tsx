import { For, Show } from 'solid-js';
import { LocalContact } from '../components/local-contact/LocalContact';
import { Isolate } from '../components/isolate/Isolate';
import { Say } from '../components/say/Say';
import { inErrand, textKeys } from '../engine/keys';
import type { orderPlan } from '../engine/plan';
import type { Catalogue } from '../engine/types';
import { formatDay, inSwedish, lang, t, tx } from '../i18n';
import { kommunCode, places } from '../stores/place';
import type { PlanStore } from '../stores/plan-store';
import { localLines } from './local-lines';

type Group = ReturnType<typeof orderPlan>['groups'][number];

/**
 * One contact in Min plan and the steps with it: whom to call (where the
 * person lives, when they said where), each step to tick off, what to say
 * and bring; on paper a line for a number when none is known.
 */
export function PlanGroup(props: { group: Group; store: PlanStore; catalogue: Catalogue; /** Print "Sedan" and "Om det inte går" too. */ details?: boolean }) {
  const g = props.group;
  const p = props.store;
  const stepText = (errand: string, outcome: string, step: string, part: string) => tx(inErrand(errand, textKeys.step(outcome, step, part)));
  const name = (contact: string) => tx(textKeys.contact(contact, 'name'));
  const c = props.catalogue.contacts[g.contact];
  const local = () => localLines(g.contact, c, places(), kommunCode());
  // On paper, a line to write the number on when no number is known.
  const noNumber = () => !c?.phone && !local();

  return (
    <li class="plan-group" classList={{ 'plan-group--acute': g.tier === 0 }}>
      <h2 class="plan-group__title">{name(g.contact)}</h2>
      <Show when={c?.phone}>
        <p class="plan-group__phone"><a href={`tel:${c!.phone!.replace(/[^\d+]/g, '')}`} dir="ltr">{c!.phone}</a></p>
      </Show>
      <Show when={!c?.phone && (!local() || local()!.keepGeneral)}>
        <p class="plan-group__find">
          <Isolate text={tx(textKeys.contact(g.contact, 'find'))} />
          <Show when={noNumber()}><span class="print-inline"> {t('plan.writeNumber')} ____________________</span></Show>
        </p>
      </Show>
      <Show when={local()}>{(l) => <LocalContact lines={l()} />}</Show>
      <Show when={g.steps.length > 1}><p>{t('plan.when', { name: name(g.contact) })}</p></Show>
      <ul class="plan-steps">
        <For each={g.steps}>
          {(s) => {
            const id = `done-${s.key.replace(/[^a-z0-9-]/gi, '_')}`;
            return (
              <li class="plan-step" classList={{ 'plan-step--done': p.done().has(s.key) }}>
                <div class="check">
                  <input type="checkbox" id={id} class="check__input" checked={p.done().has(s.key)} onChange={() => p.toggle(s.key)} />
                  <label for={id} class="check__label">
                    <Isolate text={stepText(s.errand, s.outcome, s.step.id, 'title')} />
                    <span class="plan-step__errand"> ({tx(`${s.errand}:title`)})</span>
                  </label>
                </div>
                <Show when={p.lastDays()[s.key]}>{(d) => <p class="plan-step__last"><strong><Isolate text={t('deadline.last', { date: formatDay(d()) })} /></strong></p>}</Show>
                <dl class="plan-step__facts">
                  <dt>{t('outcome.say')}</dt>
                  <dd>
                    <Say
                      text={stepText(s.errand, s.outcome, s.step.id, 'say')}
                      swedish={lang() === 'sv' ? undefined : inSwedish(inErrand(s.errand, textKeys.step(s.outcome, s.step.id, 'say')))}
                    />
                  </dd>
                  <Show when={s.step.bring}>
                    <dt>{t('outcome.bring')}</dt>
                    <dd><Isolate text={stepText(s.errand, s.outcome, s.step.id, 'bring')} /></dd>
                  </Show>
                  <dt classList={{ 'no-print': !props.details }}>{t('outcome.next')}</dt>
                  <dd classList={{ 'no-print': !props.details }}><Isolate text={stepText(s.errand, s.outcome, s.step.id, 'next')} /></dd>
                  <dt classList={{ 'no-print': !props.details }}>{t('outcome.ifNo')}</dt>
                  <dd classList={{ 'no-print': !props.details }}><Isolate text={stepText(s.errand, s.outcome, s.step.id, 'ifNo')} /></dd>
                </dl>
                <p class="print-only write-line">{t('plan.handlaggare')} ____________________ {t('plan.date')} __________</p>
              </li>
            );
          }}
        </For>
      </ul>
    </li>
  );
}
