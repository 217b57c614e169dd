import { createSignal } from 'solid-js';

/**
 * What the person wrote for each letter (letter id → field → text). Free text
 * stays in memory and the tab's memory; it is never put in a link or the
 * address, and reaches the device only when the person chose to save.
 */
const [answers, setAll] = createSignal<Record<string, Record<string, string>>>({});
export { answers as letterAnswers };

export function setLetterAnswer(letter: string, field: string, value: string) {
  setAll((all) => ({ ...all, [letter]: { ...all[letter], [field]: value } }));
}

/** Back from the tab's memory or the device: only strings under known-looking ids. */
export function restoreLetters(v: unknown) {
  if (!v || typeof v !== 'object') return;
  const ok: Record<string, Record<string, string>> = {};
  for (const [id, fields] of Object.entries(v as Record<string, unknown>)) {
    if (!/^[a-z0-9-]+$/.test(id) || !fields || typeof fields !== 'object') continue;
    ok[id] = Object.fromEntries(Object.entries(fields as Record<string, unknown>).filter(([k, t]) => /^[a-z0-9-]+$/.test(k) && typeof t === 'string' && t.length <= 5000)) as Record<string, string>;
  }
  setAll(ok);
}

export function forgetLetters() {
  setAll({});
}
