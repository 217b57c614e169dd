import { createResource, For, Index, Show } from 'solid-js';
import { BackButton } from '../components/back-button/BackButton';
import { inPlace } from '../components/link/in-place';
import { ensureAll } from '../stores/catalogue';
import { errandOrder } from '../engine/load';
import { reviewModel } from '../engine/review';
import type { Catalogue } from '../engine/types';
import { lookup } from '../engine/validate';
import { lang, t, tx } from '../i18n';

/** För ombud: guidance, a blank printable step list, and every errand at a glance (the review model). */
export function OmbudView(props: { catalogue: Catalogue; headingRef: (el: HTMLHeadingElement) => void; onBack: () => void; onMany?: () => void }) {
  // The overview needs every errand: load them all (from the app's own files) when the page opens.
  const [ready] = createResource(lang, (l) => ensureAll(l).then(() => l));
  const model = () => {
    const l = ready();
    if (!l) return [];
    return reviewModel(props.catalogue, errandOrder(props.catalogue), (ns, key) => {
      const v = lookup(props.catalogue.locales[l]?.[ns], key);
      return typeof v === 'string' ? v : undefined;
    });
  };
  return (
    <>
      <h1 tabIndex={-1} ref={props.headingRef}>{t('ombud.title')}</h1>
      <p class="lead">{t('ombud.intro')}</p>
      <p class="start-many no-print">{t('many.ombud')} <a class="start-many__link" href="#/flera" onClick={inPlace(() => props.onMany?.())}>{t('start.many')}</a></p>
      <section class="no-print" aria-labelledby="guide-title">
        <h2 id="guide-title">{t('ombud.guideTitle')}</h2>
        <ul>
          <For each={['guide1', 'guide2', 'guide3', 'guide4', 'guide5']}>{(k) => <li>{tx(`ombud.${k}`)}</li>}</For>
        </ul>
      </section>
      <section class="blank-list" aria-labelledby="blank-title">
        <h2 id="blank-title">{t('ombud.blankTitle')}</h2>
        <p>{t('ombud.blankIntro')}</p>
        <ol class="blank-steps">
          <Index each={[1, 2, 3, 4]}>
            {() => (
              <li class="blank-step">
                <p>☐ {t('ombud.blankWho')}: ______________________________</p>
                <p>{t('ombud.blankPhone')}: ______________________________</p>
                <p>{t('ombud.blankSay')}: ______________________________</p>
                <p>{t('ombud.blankBring')}: ______________________________</p>
                <p>{t('plan.handlaggare')} __________________ {t('plan.date')} __________</p>
              </li>
            )}
          </Index>
        </ol>
        <button type="button" class="button no-print" onClick={() => window.print()}>{t('ombud.print')}</button>
      </section>
      <section class="no-print" aria-labelledby="overview-title">
        <h2 id="overview-title">{t('ombud.overviewTitle')}</h2>
        <p>{t('ombud.overviewIntro')}</p>
        <For each={model()}>
          {(e) => (
            <details class="overview">
              <summary>{e.title}</summary>
              <For each={e.questions}>
                {(q) => (
                  <div class="overview__q">
                    <h3>{q.title}</h3>
                    <ul>
                      <For each={q.options}>
                        {(o) => <li>{o.label} <span class="arrow" aria-hidden="true">→</span> {o.leadsTo.map((r) => r.toTitle).filter((x, i, a) => a.indexOf(x) === i).join(' / ')}</li>}
                      </For>
                    </ul>
                  </div>
                )}
              </For>
              <For each={e.outcomes}>
                {(o) => (
                  <div class="overview__o">
                    <h3>{o.title}</h3>
                    <ol>
                      <For each={o.steps}>
                        {(s) => (
                          <li>
                            <Show when={s.onlyIf}><em>({t('ombud.onlyIf')} {s.onlyIf}) </em></Show>
                            {s.title} – {s.contact.name}{s.contact.phone ? `, ${s.contact.phone}` : ''}
                          </li>
                        )}
                      </For>
                    </ol>
                  </div>
                )}
              </For>
            </details>
          )}
        </For>
      </section>
      <BackButton label={t('question.back')} onBack={props.onBack} />
    </>
  );
}
