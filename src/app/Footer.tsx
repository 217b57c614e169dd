import { inPlace } from '../components/link/in-place';
import { t } from '../i18n';

/** For ombud, Tillgänglighet, Integritet, and what the app keeps. In index.html too (scripts/static-start.tsx). */
export function Footer(props: { onPage?: (kind: 'ombud' | 'a11y' | 'privacy') => void }) {
  const page = (kind: 'ombud' | 'a11y' | 'privacy') => inPlace(() => props.onPage?.(kind));
  return (
    <footer class="footer no-print">
      <p>
        <a href="#/for-ombud" onClick={page('ombud')}>{t('ombud.link')}</a>
        {' · '}
        <a href="#/tillganglighet" onClick={page('a11y')}>{t('a11y.link')}</a>
        {' · '}
        <a href="#/integritet" onClick={page('privacy')}>{t('privacy.link')}</a>
      </p>
      <p>{t('footer.privacy')}</p>
      <p>{t('footer.about')}</p>
    </footer>
  );
}
