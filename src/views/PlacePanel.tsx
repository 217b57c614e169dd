import { createMemo, createSignal, lazy, onMount, Show } from 'solid-js';
import { inSwedishOrder } from '../engine/places';
import { lang, tx } from '../i18n';
import { kommun, kommunCode, loadPlaces, places, setKommun } from '../stores/place';

// The searchable list (a Kobalte Combobox) loads only where a place is asked for.
const PlacePicker = lazy(() => import('../components/place-picker/PlacePicker').then((m) => ({ default: m.PlacePicker })));

/**
 * "Var bor du?": asked on a page whose steps have a local contact, never
 * required. "Vet inte eller vill inte säga" keeps the general advice; a
 * chosen kommun can be changed here at any time.
 */
export function PlacePanel() {
  const [editing, setEditing] = createSignal(false);
  let summary: HTMLParagraphElement | undefined;
  const asking = () => editing() || kommun() === undefined;
  // The kommun list, the region facts and these words load with the first page that asks.
  onMount(() => void loadPlaces(lang()));
  const options = createMemo(() => {
    const p = places();
    return p ? inSwedishOrder(Object.entries(p.kommuner).map(([code, k]) => ({ code, name: k.name }))) : [];
  });
  const chosen = () => {
    const p = places();
    const code = kommunCode();
    const k = code ? p?.kommuner[code] : undefined;
    return k && p ? { kommun: k.name, region: p.regioner[k.county]?.name ?? '' } : undefined;
  };
  const choose = (code: string) => {
    void setKommun(code).then(() => {
      setEditing(false);
      // The picker leaves the page: the focus goes to the words that say what changed.
      queueMicrotask(() => summary?.focus());
    });
  };
  return (
    <Show when={places()}>
    <section class="place no-print" aria-labelledby="place-title">
      <h2 id="place-title" class="place__title">{tx('places:title')}</h2>
      <Show
        when={asking()}
        fallback={
          <Show
            when={chosen()}
            fallback={
              <p>
                <span ref={summary} tabIndex={-1} class="place__summary">{tx('places:skipped')}</span>{' '}
                <button type="button" class="link-button" onClick={() => setEditing(true)}>{tx('places:choose')}</button>
              </p>
            }
          >
            {(c) => (
              <p>
                <span ref={summary} tabIndex={-1} class="place__summary">{tx('places:chosen', c())}</span>{' '}
                <button type="button" class="link-button" onClick={() => setEditing(true)}>{tx('places:change')}</button>
              </p>
            )}
          </Show>
        }
      >
        <p>{tx('places:intro')}</p>
        <Show when={options().length}>
          <PlacePicker
            options={options()}
            onChange={choose}
            autofocus={editing()}
            texts={{
              label: tx('places:label'),
              hint: tx('places:hint'),
              placeholder: tx('places:placeholder'),
              noMatch: tx('places:noMatch'),
              trigger: tx('places:comboTrigger'),
              listbox: tx('places:comboListbox'),
              count: (count) => tx('places:comboCount', { count }),
              selected: (name) => tx('places:comboSelected', { name }),
            }}
          />
        </Show>
        <button
          type="button"
          class="button button--secondary place__skip"
          onClick={() => {
            void setKommun('skip');
            setEditing(false);
            queueMicrotask(() => summary?.focus());
          }}
        >
          {tx('places:skip')}
        </button>
      </Show>
    </section>
    </Show>
  );
}
