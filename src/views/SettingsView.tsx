import { For } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import { SPACINGS, TEXT_SIZES, THEMES, type Settings, type SettingsStore } from '../stores/settings';
import { t, tx } from '../i18n';

/** One setting as a native radio group; changes apply at once, nothing to submit. */
function Choice<K extends keyof Settings>(props: { store: SettingsStore; name: K; values: readonly Settings[K][] }) {
  return (
    <fieldset class="setting">
      <legend class="setting__legend">{tx(`display.${props.name}.label`)}</legend>
      <div class="radios">
        <For each={props.values}>
          {(v) => (
            <div class="radio radio--native">
              <input
                type="radio"
                class="radio__native"
                id={`set-${props.name}-${v}`}
                name={`set-${props.name}`}
                value={v}
                checked={props.store.settings()[props.name] === v}
                onChange={() => props.store.set(props.name, v)}
              />
              <label for={`set-${props.name}-${v}`} class="radio__label">{tx(`display.${props.name}.${v}`)}</label>
            </div>
          )}
        </For>
      </div>
    </fieldset>
  );
}

/** Visning: larger text, more line spacing, high contrast and dark themes. */
export function SettingsView(props: { store: SettingsStore; headingRef: (el: HTMLHeadingElement) => void; onBack: () => void }) {
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('display.title')}</h1>
      <p class="lead">{t('display.intro')}</p>
      <Choice store={props.store} name="text" values={TEXT_SIZES} />
      <Choice store={props.store} name="spacing" values={SPACINGS} />
      <Choice store={props.store} name="theme" values={THEMES} />
      <div class="check">
        <input type="checkbox" id="keep-display" class="check__input" aria-describedby="keep-display-hint" checked={props.store.kept()} onChange={(e) => props.store.keep(e.currentTarget.checked)} />
        <label for="keep-display" class="check__label">{t('display.keep')}</label>
      </div>
      <p id="keep-display-hint" class="hint">{t('display.saveHint')}</p>
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </>
  );
}
