import { createResource, Match, Show, Switch } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import type { Catalogue } from '../engine/types';
import { lang, t, tx } from '../i18n';
import { ensureLetters } from '../stores/catalogue';
import { letterAnswers, setLetterAnswer } from '../stores/letter-answers';
import { LetterResult } from './LetterResult';

/**
 * "Skriv brevet": one question a page, like an errand, then the letter. No
 * answer is required to go on: a required one left empty leaves a line in
 * the letter to fill in by hand, and the letter page says so.
 */
export function LetterView(props: { catalogue: Catalogue; letter: string; pos: string; onGo: (pos: string) => void; onBack: () => void; headingRef: (el: HTMLHeadingElement) => void }) {
  const [ready] = createResource(() => lang(), (l) => ensureLetters(l).then(() => true));
  const letter = () => (ready() ? props.catalogue.letters?.[props.letter] : undefined);
  const k = (part: string) => `letters:${props.letter}.${part}`;
  const index = () => (props.pos === 'brev' ? -1 : Math.max(0, Number.parseInt(props.pos, 10) || 0));
  const field = () => letter()?.fields[index()];
  const value = () => (field() ? letterAnswers()[props.letter]?.[field()!.id] ?? '' : '');
  const next = () => {
    const n = index() + 1;
    props.onGo(n < (letter()?.fields.length ?? 0) ? String(n) : 'brev');
  };
  const id = () => `letter-${field()?.id}`;
  const describedBy = () => (tx(k(`fields.${field()?.id}.example`)) ? `${id()}-hint ${id()}-example` : `${id()}-hint`);
  return (
    <Show when={letter()}>
      {(l) => (
        <Switch>
          <Match when={props.pos === 'brev'}>
            <LetterResult catalogue={props.catalogue} letter={l()} values={letterAnswers()[props.letter] ?? {}} onChange={() => props.onGo('0')} onBack={props.onBack} headingRef={props.headingRef} />
          </Match>
          <Match when={field()}>
            {(f) => (
              <div class="letter-question">
                <p class="outcome__kicker">{tx(k('title'))} · {tx('letters:ui.step', { n: index() + 1, total: l().fields.length })}</p>
                <Show when={index() === 0}><p class="lead">{tx(k('intro'))}</p></Show>
                <h1 tabIndex={-1} ref={props.headingRef}>
                  <label for={id()}>{tx(k(`fields.${f().id}.label`))}</label>
                </h1>
                <p class="hint" id={`${id()}-hint`}>{tx(k(`fields.${f().id}.hint`))}</p>
                <Show when={tx(k(`fields.${f().id}.example`))}>
                  <p class="hint letter-question__example" id={`${id()}-example`} lang="sv">{tx('letters:ui.example', { example: tx(k(`fields.${f().id}.example`)) })}</p>
                </Show>
                <Show
                  when={f().type === 'textarea'}
                  fallback={
                    <input id={id()} class="letter-question__input" type={f().type === 'date' ? 'date' : 'text'} value={value()} aria-describedby={describedBy()}
                      autocomplete={f().id === 'namn' ? 'name' : f().id === 'telefon' ? 'tel' : 'off'} onInput={(e) => setLetterAnswer(props.letter, f().id, e.currentTarget.value)} />
                  }
                >
                  <textarea id={id()} class="letter-question__input" rows={5} value={value()} aria-describedby={describedBy()} onInput={(e) => setLetterAnswer(props.letter, f().id, e.currentTarget.value)} />
                </Show>
                <div class="actions">
                  <button type="button" class="button" onClick={next}>{tx('letters:ui.next')}</button>
                </div>
                <BackButton label={t('question.back')} onBack={props.onBack} />
              </div>
            )}
          </Match>
        </Switch>
      )}
    </Show>
  );
}
