import { Show } from 'solid-js';
import { Isolate } from '../isolate/Isolate';

/**
 * "Säg så här": what to say to an authority. Authorities answer in Swedish, so
 * in any other language the Swedish sentence comes first (marked `lang="sv"`,
 * so a screen reader reads it with a Swedish voice) and the translation under it.
 */
export function Say(props: { text: string; swedish?: string }) {
  return (
    <Show when={props.swedish && props.swedish !== props.text} fallback={<>”<Isolate text={props.text} />”</>}>
      <span class="say__sv" lang="sv" dir="ltr">”{props.swedish}”</span>
      <span class="say__translation">
        <Isolate text={props.text} />
      </span>
    </Show>
  );
}
