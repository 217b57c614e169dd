import { lang, t } from '../i18n';
import { ReadAloud } from '../components/read-aloud/ReadAloud';

/** Crisis help: the numbers as large tap targets, no questions asked. */
export function CrisisView(props: { onBack: () => void; headingRef: (el: HTMLHeadingElement) => void }) {
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('crisis.title')}</h1>
      <p class="lead">{t('crisis.intro')}</p>
      <ReadAloud
        label={t('readAloud.start')}
        stopLabel={t('readAloud.stop')}
        lang={lang()}
        numbers={['112', '90101', '1177', '020-50 50 50', '116 111']}
        text={() => [t('crisis.title'), t('crisis.112'), t('crisis.90101'), t('crisis.1177'), t('crisis.psykakut'), `020-50 50 50. ${t('crisis.kvinnofrid')}`, `116 111. ${t('crisis.bris')}`].join(' ')}
      />
      <ul class="crisis-list">
        <li><a class="crisis-number" href="tel:112" dir="ltr">112</a> <span>{t('crisis.112')}</span></li>
        <li><a class="crisis-number" href="tel:90101" dir="ltr">90101</a> <span>{t('crisis.90101')}</span></li>
        <li><a class="crisis-number" href="tel:1177" dir="ltr">1177</a> <span>{t('crisis.1177')}</span></li>
        <li><span>{t('crisis.psykakut')}</span></li>
        <li><a class="crisis-number" href="tel:020505050" dir="ltr">020-50 50 50</a> <span>{t('crisis.kvinnofrid')}</span></li>
        <li><a class="crisis-number" href="tel:116111" dir="ltr">116 111</a> <span>{t('crisis.bris')}</span></li>
      </ul>
      <button type="button" class="button button--secondary no-print" onClick={() => props.onBack()}>{t('crisis.back')}</button>
    </>
  );
}
