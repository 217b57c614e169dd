import { deviceStorage } from './device';

/**
 * What this tab keeps across a reload: old phones reload a tab in the
 * background (after a tap on a phone number opens the dialer, say), and the
 * person must come back to the same page and plan. It lives in
 * sessionStorage, which the browser forgets when the tab closes, and it is
 * never sent anywhere. Quick exit and "Glöm allt" clear it at once.
 */
export const TAB_KEY = 'forsta-steget-flik';

export interface Place {
  errand: string;
  answers: Record<string, string>;
  pos: string;
}

export interface TabState {
  place?: Place;
  /** The plan as a share text (src/engine/share.ts): compact, versioned, checked on the way back in. */
  plan?: string;
  lang?: string;
  /** The kommun the person chose (an SCB code), or 'skip' for "Vet inte / vill inte säga". */
  kommun?: string;
  /** What the person wrote or chose besides the answers (src/stores/personal.ts). */
  personal?: Record<string, unknown>;
}

const store = () => deviceStorage('session');

/** After quick exit nothing is written again, whatever the page does on its way out. */
let stopped = false;

export function readTab(): TabState | undefined {
  try {
    const raw = store()?.getItem(TAB_KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as TabState;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function writeTab(state: TabState) {
  if (stopped) return;
  try {
    store()?.setItem(TAB_KEY, JSON.stringify(state));
  } catch {
    /* storage blocked or full: the tab simply keeps nothing */
  }
}

/** Forgets the tab's state; with `stop`, also writes nothing more (quick exit). */
export function clearTab(stop = false) {
  if (stop) stopped = true;
  try {
    store()?.removeItem(TAB_KEY);
  } catch {
    /* storage blocked: nothing stored */
  }
}
