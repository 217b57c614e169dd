import { createSignal, For, Show } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import { letterText, renderLetter, type Letter, type LetterTemplate } from '../engine/letters';
import type { Catalogue } from '../engine/types';
import { lang, swedishResource, t, tx, txHas, txList } from '../i18n';
import { StepDeadline } from './StepDeadline';

/** "Ditt brev": the letter on A4, in Swedish, to print or copy; what to do with it; and its last day. */
export function LetterResult(props: { catalogue: Catalogue; letter: Letter; values: Record<string, string>; onChange: () => void; onBack: () => void; headingRef: (el: HTMLHeadingElement) => void }) {
  const [copied, setCopied] = createSignal(false);
  const id = () => props.letter.id;
  // The letter itself is always in Swedish (locales/sv/letters.json → <id>.template).
  const template = () => swedishResource(`letters:${id()}.template`) as LetterTemplate;
  const today = () => new Date().toLocaleDateString('sv-SE');
  const r = () => renderLetter(props.letter, template(), props.values, today());
  const rule = () => (props.letter.deadline ? props.catalogue.deadlines?.[props.letter.deadline] : undefined);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letterText(r()));
      setCopied(true);
    } catch {
      /* clipboard blocked: the letter is on screen to select and copy by hand */
    }
  };
  return (
    <div class="letter-page">
      <div class="no-print">
        <h1 tabIndex={-1} ref={props.headingRef}>{tx('letters:ui.yourLetter')}</h1>
        <Show when={lang() !== 'sv'}><p class="note">{tx('letters:ui.inSwedish')}</p></Show>
        <Show when={r().missing.length}>
          <div class="note letter-page__missing">
            <p>{tx('letters:ui.missing')}</p>
            <ul><For each={r().missing}>{(f) => <li>{tx(`letters:${id()}.fields.${f}.label`)}</li>}</For></ul>
          </div>
        </Show>
        <Show when={props.letter.form}>
          <section class="note letter-page__form" aria-labelledby="letter-form-title">
            <h2 id="letter-form-title">{tx('letters:ui.form')}</h2>
            <For each={txList(`letters:${id()}.form`)}>{(p) => <p>{p}</p>}</For>
          </section>
        </Show>
        <ul class="letter-page__notes">
          <li>{props.letter.to.address ? tx('letters:ui.sendTo', { to: props.letter.to.address.join(', ') }) : tx(`letters:${id()}.sendTo`)}</li>
          <li>{props.letter.signature === 'own' ? tx('letters:ui.signOwn') : tx('letters:ui.sign')}<Show when={txHas(`letters:${id()}.signNote`)}> {tx(`letters:${id()}.signNote`)}</Show></li>
          <li>{tx('letters:ui.keep')}</li>
          <li>{tx('letters:ui.nothingSent')}</li>
        </ul>
        <Show when={rule()}>{(ru) => <StepDeadline stepKey={`brev/${id()}/mottaget`} rule={ru()} title={tx(`letters:${id()}.title`)} />}</Show>
        <div class="actions">
          <button type="button" class="button" onClick={() => window.print()}>{tx('letters:ui.print')}</button>
          <button type="button" class="button button--secondary" onClick={() => void copy()} aria-describedby="copied-status">{tx('letters:ui.copy')}</button>
          <button type="button" class="button button--secondary" onClick={() => props.onChange()}>{tx('letters:ui.change')}</button>
        </div>
        <p role="status" id="copied-status">{copied() ? tx('letters:ui.copied') : ''}</p>
      </div>
      {/* The letter itself, always in Swedish. */}
      <article class="letter" lang="sv" dir="ltr" aria-label={tx('letters:ui.yourLetter')}>
        <p class="letter__from"><For each={r().from}>{(line) => <>{line}<br /></>}</For></p>
        <p class="letter__date">{tx('letters:ui.date', { date: r().date, lng: 'sv' })}</p>
        <p class="letter__to">{tx('letters:ui.to', { lng: 'sv' })}<br /><For each={r().to}>{(line) => <>{line}<br /></>}</For></p>
        <h2 class="letter__heading">{r().heading}</h2>
        <For each={r().paragraphs}>{(p) => <p class="letter__text">{p}</p>}</For>
        <p class="letter__sign">{r().sign}</p>
        <p class="letter__signature">____________________<br /><For each={r().signer}>{(line) => <>{line}<br /></>}</For></p>
      </article>
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </div>
  );
}
