import { render } from 'solid-js/web';
import { initI18n } from '../i18n';
import { App } from './App';
import { catalogue } from './catalogue';
import { createPlanStore } from './plan-store';
import { createSettings } from './settings';
import { createSession } from './session';
import './styles.css';

initI18n(catalogue, 'sv');
const settings = createSettings(() => plan.persist());
const plan = createPlanStore({ current: () => ({ ...settings.settings() }), restore: settings.restore, reset: settings.reset });
plan.init();
const session = createSession({ openShared: plan.openShared });
session.init();
render(() => <App session={session} plan={plan} settings={settings} />, document.getElementById('root')!);
