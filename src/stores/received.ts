import { createSignal } from 'solid-js';

/**
 * When the person got each decision that has a time limit, by step
 * (`errand/outcome/step` → YYYY-MM-DD). Kept like the answers: in memory and
 * the tab's memory, never in a link; quick exit and "Glöm allt" forget it.
 */
const [received, setAll] = createSignal<Record<string, string>>({});
export { received };

export function setReceived(key: string, day: string | undefined) {
  setAll((all) => {
    const next = { ...all };
    if (day) next[key] = day;
    else delete next[key];
    return next;
  });
}

/** Back from the tab's memory: only well-formed entries. */
export function restoreReceived(v: unknown) {
  if (!v || typeof v !== 'object') return;
  const ok = Object.entries(v as Record<string, unknown>).filter(([k, d]) => /^[\w-]+\/[\w-]+\/[\w-]+$/.test(k) && typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  setAll(Object.fromEntries(ok) as Record<string, string>);
}

export function forgetReceived() {
  setAll({});
}
