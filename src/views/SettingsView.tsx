import { Radios } from '../components/radios/Radios';
import { BackButton } from '../components/back-button/BackButton';
import { SPACINGS, TEXT_SIZES, THEMES, type Settings, type SettingsStore } from '../stores/settings';
import { t, tx } from '../i18n';

/** One setting as the app's radio group; a change applies at once, nothing to submit. */
function Choice<K extends keyof Settings>(props: { store: SettingsStore; name: K; values: readonly Settings[K][] }) {
  return (
    <Radios
      id={`set-${props.name}`}
      legend={tx(`display.${props.name}.label`)}
      options={props.values.map((v) => ({ value: v, label: tx(`display.${props.name}.${v}`) }))}
      value={props.store.settings()[props.name]}
      onChange={(v) => props.store.set(props.name, v as Settings[K])}
    />
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
