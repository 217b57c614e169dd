import type { PlanEntry } from './plan.ts';

/**
 * What may be stored on the device, only after the person chooses to. Versioned:
 * data of another version, or data that cannot be read, is dropped with a message.
 */
export const STORAGE_KEY = 'forsta-steget';
export const STORAGE_VERSION = 1;

export interface Stored {
  v: typeof STORAGE_VERSION;
  entries: PlanEntry[];
  done: string[];
  settings?: Record<string, string>;
}

export type LoadResult = { state: 'none' } | { state: 'ok'; data: Stored } | { state: 'dropped' };

/** Minimal storage interface (window.localStorage satisfies it), so tests need no browser. */
export interface KeyValue {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

const isEntry = (e: unknown): e is PlanEntry =>
  !!e &&
  typeof e === 'object' &&
  typeof (e as PlanEntry).errand === 'string' &&
  typeof (e as PlanEntry).outcome === 'string' &&
  !!(e as PlanEntry).answers &&
  typeof (e as PlanEntry).answers === 'object' &&
  Object.values((e as PlanEntry).answers).every((v) => typeof v === 'string');

export function loadStored(store: KeyValue | undefined, knownErrands: (id: string) => boolean): LoadResult {
  try {
    const raw = store?.getItem(STORAGE_KEY);
    if (raw == null) return { state: 'none' };
    const data = JSON.parse(raw) as Partial<Stored>;
    if (
      data?.v !== STORAGE_VERSION ||
      !Array.isArray(data.entries) ||
      !data.entries.every((e) => isEntry(e) && knownErrands(e.errand)) ||
      !Array.isArray(data.done) ||
      !data.done.every((d) => typeof d === 'string')
    ) {
      store?.removeItem(STORAGE_KEY);
      return { state: 'dropped' };
    }
    return { state: 'ok', data: data as Stored };
  } catch {
    try {
      store?.removeItem(STORAGE_KEY);
    } catch {
      /* storage blocked: nothing to remove */
    }
    return { state: 'dropped' };
  }
}

export function saveStored(store: KeyValue | undefined, data: Omit<Stored, 'v'>): boolean {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, ...data }));
    return !!store;
  } catch {
    return false;
  }
}

export function forgetStored(store: KeyValue | undefined) {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    /* storage blocked: nothing stored */
  }
}
