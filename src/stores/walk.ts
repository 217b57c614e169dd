import { createSignal } from 'solid-js';

/**
 * "Jag har flera saker": the errands the person chose, walked one after
 * another, and which one they are on. Kept like the answers (memory, the
 * tab's memory, the device only when saving is on; never in a link), so
 * stopping halfway keeps what is done; quick exit and "Glöm allt" forget it.
 */
export interface Walk {
  errands: string[];
  at: number;
}

const [walk, setWalk] = createSignal<Walk | undefined>();
export { walk };

/** The errand the walk is on, if a walk is under way. */
export const walkErrand = (): string | undefined => {
  const w = walk();
  return w ? w.errands[w.at] : undefined;
};

/** The errand after the one the walk is on, if any. */
export const walkAfter = (): string | undefined => {
  const w = walk();
  return w ? w.errands[w.at + 1] : undefined;
};

export function beginWalk(errands: string[]) {
  setWalk(errands.length ? { errands: [...errands], at: 0 } : undefined);
}

/** On to the next errand; `undefined` when the walk is done (and then it is over). */
export function stepWalk(): string | undefined {
  const w = walk();
  if (!w) return undefined;
  const at = w.at + 1;
  if (at >= w.errands.length) {
    setWalk(undefined);
    return undefined;
  }
  setWalk({ errands: w.errands, at });
  return w.errands[at];
}

/** The walk as a plain value for the tab's memory ({} when none). */
export const walkValue = (): Record<string, unknown> => {
  const w = walk();
  return w ? { errands: w.errands, at: w.at } : {};
};

/** Back from the tab's memory or the device: only a well-formed walk over known errands. */
export function restoreWalk(v: unknown, isErrand: (id: string) => boolean = () => true) {
  if (!v || typeof v !== 'object') return;
  const { errands, at } = v as { errands?: unknown; at?: unknown };
  if (!Array.isArray(errands) || !errands.length || errands.length > 50) return;
  if (!errands.every((e) => typeof e === 'string' && /^[a-z0-9-]+$/.test(e) && isErrand(e))) return;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= errands.length) return;
  setWalk({ errands: errands as string[], at });
}

export function forgetWalk() {
  setWalk(undefined);
}
