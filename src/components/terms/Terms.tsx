import { For, Show } from 'solid-js';
import { Disclosure } from '../disclosure/Disclosure';
import { Isolate } from '../isolate/Isolate';

/**
 * "Ord i svaret": each word a button that shows its explanation under it
 * (WAI-ARIA Disclosure, a Kobalte Collapsible), so a tired reader opens only
 * what they need and the steps stay short.
 */
export function Terms(props: { title: string; items: readonly { id: string; ask: string; text: string }[] }) {
  return (
    <Show when={props.items.length}>
      <section class="terms no-print" aria-labelledby="terms-title">
        <h2 id="terms-title">{props.title}</h2>
        <ul class="terms__list">
          <For each={props.items}>
            {(item) => (
              <li>
                <Disclosure label={item.ask} buttonClass="terms__ask link-button" class="terms__text">
                  <p><Isolate text={item.text} /></p>
                </Disclosure>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
