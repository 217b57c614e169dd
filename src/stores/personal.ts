import { extras, forgetExtras, restoreExtras } from './plan-extras';
import { forgetLetters, letterAnswers, restoreLetters } from './letter-answers';
import { forgetReceived, received, restoreReceived } from './received';
import { forgetWalk, restoreWalk, walkValue } from './walk';
import { isErrand } from './catalogue';

/**
 * What the person wrote or chose besides the answers: when each decision
 * came, the letters' text, what an ombud added to the plan, the errands
 * chosen under "Jag har flera saker". Kept alike: in
 * memory and the tab's memory, on the device only when saving is on, never
 * in a link; quick exit and "Glöm allt" forget all of it.
 */
const parts = [
  { key: 'received', get: received, restore: restoreReceived, forget: forgetReceived },
  { key: 'letters', get: letterAnswers, restore: restoreLetters, forget: forgetLetters },
  { key: 'extras', get: extras, restore: restoreExtras, forget: forgetExtras },
  { key: 'walk', get: walkValue, restore: (v: unknown) => restoreWalk(v, isErrand), forget: forgetWalk },
] as const;

/** Everything, as plain values (reading it in an effect tracks every part). */
export const personal = (): Record<string, unknown> => Object.fromEntries(parts.map((p) => [p.key, p.get()]));

/** The non-empty parts as JSON text, for the saved settings record. */
export const personalAsText = (): Record<string, string> =>
  Object.fromEntries(parts.filter((p) => Object.keys(p.get()).length).map((p) => [p.key, JSON.stringify(p.get())]));

/** Back from the tab's memory (values) or the device (JSON text); what cannot be read is left out. */
export function restorePersonal(from: Record<string, unknown> | undefined) {
  for (const p of parts) {
    const v = from?.[p.key];
    if (v === undefined) continue;
    try {
      p.restore(typeof v === 'string' ? JSON.parse(v) : v);
    } catch {
      /* unreadable: nothing restored */
    }
  }
}

export function forgetPersonal() {
  for (const p of parts) p.forget();
}
