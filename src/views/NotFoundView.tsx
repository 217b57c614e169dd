import { t } from '../i18n';

export function NotFoundView(props: { onHome: () => void; headingRef: (el: HTMLHeadingElement) => void }) {
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <button type="button" class="button" onClick={() => props.onHome()}>{t('notFound.home')}</button>
    </>
  );
}
