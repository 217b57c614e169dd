import { createSignal, For, Show } from 'solid-js';
import { Disclosure } from '../components/disclosure/Disclosure';
import { calendarFile } from '../engine/ics';
import { isIsoDate } from '../engine/deadline';
import { t } from '../i18n';
import { addOwnStep, extras, removeOwnStep, setExtra, type PlanExtras as Extras } from '../stores/plan-extras';
import { saveFile } from './save-file';

type TextKey = 'person' | 'ombud' | 'ombudPhone' | 'meeting' | 'notes';

/** "För ombud: uppgifter på papperet": the person's and the ombud's names, the next meeting, notes, own steps. All optional. */
export function PlanExtras() {
  const [own, setOwn] = createSignal('');
  const field = (key: TextKey, type: 'text' | 'tel' | 'date' | 'textarea') => (
    <div class="extras__field">
      <label for={`extra-${key}`} class="extras__label">{t(`plan.extras.${key}`)}</label>
      <Show when={type === 'textarea'} fallback={<input id={`extra-${key}`} class="letter-question__input" type={type} value={extras()[key] ?? ''} onInput={(e) => setExtra(key, e.currentTarget.value || undefined)} />}>
        <textarea id={`extra-${key}`} class="letter-question__input" rows={3} value={extras()[key] ?? ''} onInput={(e) => setExtra(key, e.currentTarget.value || undefined)} />
      </Show>
    </div>
  );
  const check = (key: 'hasOmbud' | 'details') => (
    <div class="check">
      <input type="checkbox" id={`extra-${key}`} class="check__input" checked={!!extras()[key]} onChange={(e) => setExtra(key, e.currentTarget.checked as Extras[typeof key])} />
      <label for={`extra-${key}`} class="check__label">{t(`plan.extras.${key}`)}</label>
    </div>
  );
  const meetingToCalendar = () => {
    const day = extras().meeting;
    if (!day || !isIsoDate(day)) return;
    const title = t('plan.extras.meetingTitle');
    saveFile('mote.ics', 'text/calendar', calendarFile({ day, title, description: [title, extras().ombud, extras().ombudPhone].filter(Boolean).join('. '), uid: `${Date.now()}-${Math.random().toString(36).slice(2)}@forsta-steget`, now: new Date() }));
  };
  return (
    <div class="extras no-print">
      <Disclosure label={t('plan.extras.toggle')} class="extras__panel">
        <p>{t('plan.extras.intro')}</p>
        {field('person', 'text')}
        {field('ombud', 'text')}
        {field('ombudPhone', 'tel')}
        {field('meeting', 'date')}
        <Show when={extras().meeting && isIsoDate(extras().meeting!)}>
          <button type="button" class="button button--secondary" onClick={meetingToCalendar}>{t('plan.extras.meetingCalendar')}</button>
        </Show>
        {field('notes', 'textarea')}
        {check('hasOmbud')}
        {check('details')}
        <div class="extras__field">
          <label for="extra-own" class="extras__label">{t('plan.extras.ownLabel')}</label>
          <p id="extra-own-hint" class="hint">{t('plan.extras.ownHint')}</p>
          <input id="extra-own" class="letter-question__input" type="text" aria-describedby="extra-own-hint" value={own()} onInput={(e) => setOwn(e.currentTarget.value)} />
          <button type="button" class="button button--secondary" onClick={() => { addOwnStep(own()); setOwn(''); }}>{t('plan.extras.ownAdd')}</button>
        </div>
        <Show when={extras().own?.length}>
          <ul>
            <For each={extras().own}>
              {(s) => (
                <li>
                  {s.text}{' '}
                  <button type="button" class="link-button" onClick={() => removeOwnStep(s.id)}>{t('plan.extras.ownRemove')}<span class="visually-hidden"> {s.text}</span></button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Disclosure>
    </div>
  );
}

/** On paper, at the top: whom the plan is for, the ombud, the next meeting and notes (lines to write on when empty). */
export function PlanExtrasPrint(props: { formatDay: (iso: string) => string }) {
  const x = () => extras();
  return (
    <div class="print-only extras-print">
      <Show when={x().person}><p><strong>{t('plan.extras.printPerson')}</strong> {x().person}</p></Show>
      <Show when={x().ombud || x().ombudPhone}><p><strong>{t('plan.extras.printOmbud')}</strong> {[x().ombud, x().ombudPhone].filter(Boolean).join(', ')}</p></Show>
      <Show when={x().meeting && isIsoDate(x().meeting!)}><p><strong>{t('plan.extras.printMeeting')}</strong> {props.formatDay(x().meeting!)}</p></Show>
      <Show when={x().notes} fallback={null}>
        <p><strong>{t('plan.extras.printNotes')}</strong> {x().notes}</p>
      </Show>
    </div>
  );
}
