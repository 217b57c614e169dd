import { createSignal, For, Show } from 'solid-js';
import { Disclosure } from '../components/disclosure/Disclosure';
import { inErrand, textKeys } from '../engine/keys';
import { BackButton } from '../components/back-button/BackButton';
import { QrCode } from '../components/qr-code/QrCode';
import { ReadAloud } from '../components/read-aloud/ReadAloud';
import type { Catalogue } from '../engine/types';
import { formatChecked, formatDay, lang, t, tx } from '../i18n';
import { CrisisLine } from '../components/crisis-line/CrisisLine';
import { Isolate } from '../components/isolate/Isolate';
import type { PlanStore } from '../stores/plan-store';
import { shortUrl } from '../components/link/short-url';
import { PlanGroup } from './PlanGroup';
import { PlacePanel } from './PlacePanel';
import { PlanExtras, PlanExtrasPrint } from './PlanExtras';
import { extras } from '../stores/plan-extras';

/** Min plan: every added errand's steps in one order, to tick off, print, share or save. */
export function PlanView(props: { store: PlanStore; catalogue: Catalogue; shareUrl: () => string; onStart: () => void; headingRef: (el: HTMLHeadingElement) => void; onBack: () => void }) {
  const p = props.store;
  const [copied, setCopied] = createSignal(false);
  const stepText = (errand: string, outcome: string, step: string, part: string) => tx(inErrand(errand, textKeys.step(outcome, step, part)));
  const name = (contact: string) => tx(textKeys.contact(contact, 'name'));
  const total = () => p.plan().groups.reduce((n, g) => n + g.steps.length, 0);
  const doneCount = () => p.plan().groups.reduce((n, g) => n + g.steps.filter((s) => p.done().has(s.key)).length, 0);
  const nextStep = () => {
    const gi = p.next();
    if (gi === undefined) return undefined;
    const g = p.plan().groups[gi]!;
    return { g, s: g.steps.find((s) => !p.done().has(s.key))! };
  };

  const sources = () => {
    const ids = new Set(p.entries().flatMap((e) => (props.catalogue.flows[e.errand]!.nodes[e.outcome] as { sources: string[] }).sources));
    return [...ids].map((id) => props.catalogue.sources[id]!).filter(Boolean);
  };
  const spoken = () =>
    [t('plan.title'), ...p.plan().groups.flatMap((g, i) => [`${i + 1}. ${name(g.contact)}.`, ...g.steps.map((s) => `${stepText(s.errand, s.outcome, s.step.id, 'title')}. ${stepText(s.errand, s.outcome, s.step.id, 'say')}`)])].join(' ');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.shareUrl());
      setCopied(true);
    } catch {
      // Clipboard blocked: the link is selected in its field, ready to copy by hand.
      (document.getElementById('share-link') as HTMLInputElement | null)?.select();
    }
  };

  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('plan.title')}</h1>
      <Show
        when={p.entries().length > 0}
        fallback={
          <>
            <p>{t('plan.empty')}</p>
            <button type="button" class="button" onClick={() => props.onStart()}>{t('plan.emptyLink')}</button>
          </>
        }
      >
        <div class="print-only print-qr">
          <QrCode text={props.shareUrl()} label={t('plan.qrLabel')} size={96} />
          <p>
            {t('plan.qrHint')}
            <br />
            <Isolate text={t('outcome.printed', { date: new Date().toLocaleDateString('sv-SE') })} />
          </p>
        </div>
        <PlanExtrasPrint formatDay={formatDay} />
        <p class="lead no-print">{t('plan.intro')}</p>
        <Show when={p.plan().groups.some((g) => props.catalogue.contacts[g.contact]?.place)}>
          <PlacePanel />
        </Show>
        <ReadAloud
          label={t('readAloud.start')}
          stopLabel={t('readAloud.stop')}
          text={spoken}
          lang={lang()}
          numbers={p.plan().groups.map((g) => props.catalogue.contacts[g.contact]?.phone ?? '').filter(Boolean)}
        />
        <PlanExtras />
        <p class="plan-progress" role="status">{t('plan.doneCount', { done: doneCount(), total: total() })}</p>
        <Show when={nextStep()} fallback={<p class="now">{t('plan.allDone')}</p>}>
          {(n) => (
            <div class="now no-print">
              <h2>{t('plan.now')}</h2>
              <p><strong>{name(n().g.contact)}</strong>: {stepText(n().s.errand, n().s.outcome, n().s.step.id, 'title')}</p>
            </div>
          )}
        </Show>
        <ol class="plan-groups">
          <For each={p.plan().groups}>
            {(g) => <PlanGroup group={g} store={p} catalogue={props.catalogue} details={!!extras().details} />}
          </For>
          <Show when={extras().own?.length}>
            <li class="plan-group">
              <h2 class="plan-group__title">{t('plan.extras.ownTitle')}</h2>
              <ul class="plan-steps">
                <For each={extras().own}>
                  {(o) => (
                    <li class="plan-step" classList={{ 'plan-step--done': p.done().has(`egen/${o.id}`) }}>
                      <div class="check">
                        <input type="checkbox" id={`done-egen-${o.id}`} class="check__input" checked={p.done().has(`egen/${o.id}`)} onChange={() => p.toggle(`egen/${o.id}`)} />
                        <label for={`done-egen-${o.id}`} class="check__label">{o.text}</label>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </li>
          </Show>
        </ol>
        <Show when={p.plan().suggestSip}>
          <div class="note sip">
            <h2>{t('plan.sipTitle')}</h2>
            <p>{t('plan.sip')}</p>
          </div>
        </Show>
        <section class="no-print" aria-labelledby="plan-errands">
          <h2 id="plan-errands">{t('plan.errands')}</h2>
          <ul class="plan-errands">
            <For each={p.entries()}>
              {(e, i) => (
                <li>
                  {tx(`${e.errand}:title`)}: {tx(inErrand(e.errand, textKeys.outcome(e.outcome, 'title')))}{' '}
                  <button type="button" class="link-button" onClick={() => p.remove(i())}>
                    {t('plan.remove')} <span class="visually-hidden">{t('plan.removeHidden', { title: tx(`${e.errand}:title`) })}</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
        <div class="actions no-print">
          <button type="button" class="button" onClick={() => window.print()}>{t('outcome.print')}</button>
        </div>
        <Disclosure label={t('share.open')} class="no-print">
          <section id="share-panel" class="panel" aria-labelledby="share-title">
            <h2 id="share-title">{t('share.title')}</h2>
            <p>{t('share.intro')}</p>
            <label for="share-link" class="label">{t('share.label')}</label>
            <input id="share-link" class="input" type="text" readOnly value={props.shareUrl()} onFocus={(e) => e.currentTarget.select()} />
            <div class="actions">
              <button type="button" class="button button--secondary" onClick={copy}>{t('share.copy')}</button>
              <span role="status">{copied() ? t('share.copied') : ''}</span>
            </div>
            <QrCode text={props.shareUrl()} label={t('plan.qrLabel')} />
          </section>
        </Disclosure>
        <section class="save no-print">
          <div class="check">
            <input type="checkbox" id="save-device" class="check__input" aria-describedby="save-hint" checked={p.saveOn()} onChange={(e) => p.setSaving(e.currentTarget.checked)} />
            <label for="save-device" class="check__label">{t('save.label')}</label>
          </div>
          <p id="save-hint" class="hint">{t('save.hint')}</p>
        </section>
        <section class="sources print-sources" aria-labelledby="plan-sources">
          <h2 id="plan-sources">{t('outcome.sources')}</h2>
          {/* The plan is as fresh as its least recently checked outcome. */}
          <p>{t('outcome.checked', { date: formatChecked(p.entries().map((e) => (props.catalogue.flows[e.errand]!.nodes[e.outcome] as { checked: string }).checked).sort()[0] ?? '') })}</p>
          <ul class="no-print">
            <For each={sources()}>{(x) => <li><a href={x.url} rel="noreferrer" target="_blank" dir="ltr">{shortUrl(x.url)}</a></li>}</For>
          </ul>
          <p class="print-only">{[...new Set(sources().map((x) => shortUrl(x.url).split('/')[0]))].join(', ')}</p>
        </section>
        <CrisisLine lead={t('crisis.lineLead')} also={t('crisis.lineAlso')} or={t('crisis.lineOr')} />
      </Show>
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </>
  );
}
