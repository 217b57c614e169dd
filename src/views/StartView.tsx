import { For } from 'solid-js';
import { inPlace } from '../components/link/in-place';
import { t, tx } from '../i18n';

/** The start page: what the app does, and the errands named from the person's side. */
export function StartView(props: { errands: string[]; onStart: (id: string) => void; onMany: () => void; headingRef: (el: HTMLHeadingElement) => void }) {
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('start.title')}</h1>
      <p class="lead">{t('start.intro')}</p>
      <p>{t('start.privacy')}</p>
      {/* Several things at once: the first meeting between an ombud and a new client. */}
      <p class="start-many">
        <a class="start-many__link" href="#/flera" onClick={inPlace(() => props.onMany())}>{t('start.many')}</a>
        <span class="start-many__text">{t('start.manyText')}</span>
      </p>
      <h2 id="errands-label">{t('start.listLabel')}</h2>
      <ul class="errand-list" aria-labelledby="errands-label">
        <For each={props.errands}>
          {(id) => (
            <li>
              <a
                class="errand-link"
                href={`#/${id}/`}
                onClick={inPlace(() => props.onStart(id))}
              >
                <span class="errand-link__title">{tx(`${id}:title`)}</span>
                <span class="errand-link__summary">{tx(`${id}:summary`)}</span>
              </a>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
