import { render } from 'solid-js/web';
import { initI18n } from '../i18n';
import { App } from './App';
import { catalogue } from './catalogue';
import { createSession } from './session';
import './styles.css';

initI18n(catalogue, 'sv');
const session = createSession();
session.init();
render(() => <App session={session} />, document.getElementById('root')!);
