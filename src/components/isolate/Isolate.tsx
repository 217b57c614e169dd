import { For } from 'solid-js';
import { splitLtr } from './split';

/**
 * A text whose numbers, addresses, form numbers and dates each keep their own
 * order in right-to-left languages, on screen and on paper: each is a `<bdi
 * dir="ltr">`. Screen readers read the same text as without it.
 */
export function Isolate(props: { text: string }) {
  return <For each={splitLtr(props.text)}>{(p) => (p.ltr ? <bdi dir="ltr">{p.text}</bdi> : p.text)}</For>;
}
