import { createEffect, For, Show } from 'solid-js';
import { ReadAloud } from '../components/read-aloud/ReadAloud';
import { inPlace } from '../components/link/in-place';
import { inErrand, textKeys } from '../engine/keys';
import { StepCard } from '../components/step-card/StepCard';
import { visibleSteps } from '../engine/route';
import type { Catalogue, OutcomeNode } from '../engine/types';
import { formatChecked, inSwedish, lang, t, tx } from '../i18n';
import { CrisisLine } from '../components/crisis-line/CrisisLine';
import { Isolate } from '../components/isolate/Isolate';
import { shortUrl } from '../components/link/short-url';
import { Terms } from '../components/terms/Terms';
import { kommunCode, loadPlaces, places } from '../stores/place';
import { localLines } from './local-lines';
import { PlacePanel } from './PlacePanel';
import { StepDeadline } from './StepDeadline';

/** The plan: "Det här gör du först", ordered steps, sources with check dates. */
export function OutcomeView(props: {
  errand: string;
  nodeId: string;
  node: OutcomeNode;
  catalogue: Catalogue;
  /** The person's answers: some steps apply only to some answers (e.g. a region). */
  answers: Record<string, string>;
  onAddToPlan?: () => void;
  inPlan?: boolean;
  onShowPlan?: () => void;
  onRestart: () => void;
  /** "Skriv brevet": opens the letter a step offers. */
  onLetter?: (id: string) => void;
  onBack: () => void;
  headingRef: (el: HTMLHeadingElement) => void;
}) {
  const k = (part: 'title' | 'intro') => inErrand(props.errand, textKeys.outcome(props.nodeId, part));
  const stepKey = (step: string, part: string) => inErrand(props.errand, textKeys.step(props.nodeId, step, part));
  const sources = () => props.node.sources.map((id) => props.catalogue.sources[id]!);
  // The day this outcome's facts were last checked against its sources.
  const checked = () => props.node.checked;
  const labels = () => ({
    contact: t('outcome.contact'),
    how: t('outcome.how'),
    say: t('outcome.say'),
    bring: t('outcome.bring'),
    next: t('outcome.next'),
    ifNo: t('outcome.ifNo'),
    phone: t('outcome.phone'),
    web: t('outcome.web'),
  });
  const steps = () => visibleSteps(props.node.steps, props.answers);
  const anyLocal = () => steps().some((s) => props.catalogue.contacts[s.contact]?.local);
  // A step whose contact is the person's kommun or region: ask where they live (never required).
  const needsPlace = () => !props.node.acute && steps().some((s) => props.catalogue.contacts[s.contact]?.place);
  const local = (contact: string) => localLines(contact, props.catalogue.contacts[contact], places(), kommunCode());
  // Acute help asks nothing, but shows the local unit when the kommun is already known.
  createEffect(() => {
    if (kommunCode() && steps().some((s) => props.catalogue.contacts[s.contact]?.place)) void loadPlaces(lang());
  });
  return (
    <article class={props.node.acute ? 'outcome outcome--acute' : 'outcome'}>
      <p class="outcome__kicker">{t('outcome.title')}</p>
      <h1 tabIndex={-1} ref={props.headingRef}>{tx(k('title'))}</h1>
      <Show when={tx(k('intro'), { defaultValue: '' })}>
        <p class="lead"><Isolate text={tx(k('intro'))} /></p>
      </Show>
      <ReadAloud
        label={t('readAloud.start')}
        stopLabel={t('readAloud.stop')}
        lang={lang()}
        page={props.nodeId}
        numbers={[...steps().map((s) => props.catalogue.contacts[s.contact]?.phone ?? ''), '112', '90101', '1177'].filter(Boolean)}
        text={() =>
          [
            tx(k('title')),
            tx(k('intro'), { defaultValue: '' }),
            ...steps().map((step, i) => {
              const c = props.catalogue.contacts[step.contact];
              const sk = (p: string) => stepKey(step.id, p);
              return `${t('outcome.step', { n: i + 1 })}: ${tx(sk('title'))}. ${tx(textKeys.contact(step.contact, 'name'))}.${c?.phone ? ` ${t('outcome.phone')} ${c.phone}.` : ''} ${t('outcome.say')}: ${tx(sk('say'))}`;
            }),
          ].join(' ')
        }
      />
      <Show when={needsPlace()}>
        <PlacePanel />
      </Show>
      <ol class="steps" aria-label={t('outcome.stepsLabel')}>
        <For each={steps()}>
          {(step, i) => {
            const c = props.catalogue.contacts[step.contact]!;
            const sk = (p: string) => stepKey(step.id, p);
            return (
              <StepCard
                n={i() + 1}
                label={t('outcome.step', { n: i() + 1 })}
                title={tx(sk('title'))}
                contactName={tx(textKeys.contact(step.contact, 'name'))}
                contactFind={tx(textKeys.contact(step.contact, 'find'))}
                phone={c.phone}
                web={c.web}
                ways={step.how.map((h) => tx(`channels.${h}`))}
                say={tx(sk('say'))}
                saySwedish={lang() === 'sv' ? undefined : inSwedish(sk('say'))}
                bring={step.bring ? tx(sk('bring')) : undefined}
                next={tx(sk('next'))}
                ifNo={tx(sk('ifNo'))}
                labels={labels()}
                local={local(step.contact)}
                extra={
                  <>
                    <Show when={step.deadline ? props.catalogue.deadlines?.[step.deadline] : undefined}>
                      {(rule) => <StepDeadline stepKey={`${props.errand}/${props.nodeId}/${step.id}`} rule={rule()} title={tx(sk('title'))} />}
                    </Show>
                    <Show when={step.letter}>
                      {(id) => <p class="write-letter no-print"><a class="button" href={`#/brev/${id()}/0`} onClick={inPlace(() => props.onLetter?.(id()))}>{t('letter.write')}</a></p>}
                    </Show>
                  </>
                }
              />
            );
          }}
        </For>
      </ol>
      <Show when={anyLocal()}>
        <p class="note">{t('outcome.varies')}</p>
      </Show>
      <Terms
        title={t('outcome.termsTitle')}
        items={(props.node.terms ?? []).map((id) => ({ id, ask: t('outcome.termAsk', { word: tx(textKeys.term(id, 'word')) }), text: tx(textKeys.term(id, 'text')) }))}
      />
      {/* Authorities answer in Swedish: the sentence to ask for an interpreter, in Swedish. */}
      <Show when={lang() !== 'sv'}>
        <div class="note interpreter">
          <p>{t('outcome.interpreter')}</p>
          <p class="say__sv" lang="sv" dir="ltr">”{t('app.interpreterSay')}”</p>
        </div>
      </Show>
      {/* The actions come before the sources, in the reading and Tab order. */}
      <div class="actions no-print">
        {/* One button that stays put, so the focus stays on it after a press;
            the status region exists before its words, so a screen reader hears them. */}
        <button type="button" class="button" onClick={() => props.onAddToPlan?.()} aria-describedby="added-status">
          {props.inPlan ? t('plan.addedButton') : t('plan.add')}
        </button>
        <p role="status" id="added-status" class="added">
          <Show when={props.inPlan}>
            {t('plan.added')}{' '}
            <a href="#/min-plan" onClick={inPlace(() => props.onShowPlan?.())}>{t('plan.show')}</a>
          </Show>
        </p>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>{t('outcome.print')}</button>
        <button type="button" class="button button--secondary" onClick={() => props.onRestart()}>{t('outcome.restart')}</button>
        <button type="button" class="button button--secondary" onClick={() => props.onBack()}>{t('question.back')}</button>
      </div>
      <section class="sources" aria-labelledby="sources-title">
        <h2 id="sources-title">{t('outcome.sources')}</h2>
        <p><Isolate text={t('outcome.checked', { date: formatChecked(checked()) })} /></p>
        <ul>
          <For each={sources()}>
            {(s) => (
              <li>
                <a href={s.url} rel="noreferrer" target="_blank" dir="ltr">{shortUrl(s.url)}</a>
              </li>
            )}
          </For>
        </ul>
      </section>
      <p class="print-only"><Isolate text={t('outcome.printed', { date: new Date().toLocaleDateString('sv-SE') })} /></p>
      <CrisisLine lead={t('crisis.lineLead')} also={t('crisis.lineAlso')} or={t('crisis.lineOr')} />
    </article>
  );
}
