import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { spellNumbers } from './spell';

/**
 * A Swedish voice that runs on the device. A voice with localService false is
 * a cloud voice: it would send the text away, so it is never used.
 */
export function localVoice(synth: SpeechSynthesis | undefined, lang = 'sv'): SpeechSynthesisVoice | undefined {
  return synth?.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith(lang));
}

/** "Läs upp": shown only where a local voice in the language exists. */
export function ReadAloud(props: {
  label: string;
  stopLabel: string;
  text: () => string;
  lang: string;
  /** What is on screen (e.g. the question's id): reading stops when it changes. */
  page?: string;
  /** Phone numbers in the text, read digit by digit. */
  numbers?: readonly string[];
}) {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [voice, setVoice] = createSignal<SpeechSynthesisVoice>();
  const [speaking, setSpeaking] = createSignal(false);
  const stop = () => {
    // cancel() is slow on some engines: call it only when something is being read.
    if (speaking()) synth?.cancel();
    setSpeaking(false);
  };
  const pick = () => setVoice(localVoice(synth, props.lang));
  // A new page or a new language: stop reading the old words, find a voice for the new language.
  createEffect(on(() => props.page, stop, { defer: true }));
  createEffect(
    on(
      () => props.lang,
      () => {
        stop();
        pick();
      },
      { defer: true },
    ),
  );
  onMount(() => {
    pick();
    synth?.addEventListener?.('voiceschanged', pick);
    onCleanup(() => {
      synth?.removeEventListener?.('voiceschanged', pick);
      stop();
    });
  });
  const toggle = () => {
    if (!synth || !voice()) return;
    if (speaking()) {
      stop();
      return;
    }
    const u = new SpeechSynthesisUtterance(spellNumbers(props.text(), props.numbers ?? []));
    u.voice = voice()!;
    u.lang = voice()!.lang;
    u.onend = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(u);
  };
  return (
    <Show when={voice()}>
      <button type="button" class="button button--secondary read-aloud no-print" aria-pressed={speaking()} onClick={toggle}>
        {speaking() ? props.stopLabel : props.label}
      </button>
    </Show>
  );
}
