import { render } from 'solid-js/web';
import { initI18n } from '../i18n';
import { App } from './App';
import { catalogue } from './catalogue';
import { createPlanStore } from './plan-store';
import { createSession } from './session';
import './styles.css';

initI18n(catalogue, 'sv');
const plan = createPlanStore();
plan.init();
const session = createSession({ openShared: plan.openShared });
session.init();
render(() => <App session={session} plan={plan} />, document.getElementById('root')!);
