import { render } from 'solid-js/web';
import { App } from './App';
import { addTexts, initI18n } from '../i18n';
import { catalogue, ensureLanguage, errandTitles, languageFiles, whenLocaleLoaded } from './catalogue';
import { createPlanStore } from './plan-store';
import { createSettings } from './settings';
import { createSession } from './session';
import './styles.css';

initI18n(catalogue, 'sv', { languages: Object.keys(languageFiles), titles: errandTitles, load: ensureLanguage });
whenLocaleLoaded(addTexts);
const settings = createSettings(() => plan.persist());
const plan = createPlanStore({ current: () => ({ ...settings.settings() }), restore: settings.restore, reset: settings.reset });
const session = createSession({ openShared: plan.openShared });
session.init();
void plan.init();
// The start page was rendered into index.html at build time; the app takes over from here.
document.getElementById('root')!.textContent = '';
render(() => <App session={session} plan={plan} settings={settings} />, document.getElementById('root')!);
