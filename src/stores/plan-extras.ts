import { createSignal } from 'solid-js';

/** What an ombud adds to the printed plan, each optional. Free text: kept like the answers, never in a link. */
export interface PlanExtras {
  person?: string;
  ombud?: string;
  ombudPhone?: string;
  /** The next meeting, YYYY-MM-DD. */
  meeting?: string;
  notes?: string;
  /** "Jag har redan ett personligt ombud": the steps about finding one are left out. */
  hasOmbud?: boolean;
  /** Print "Sedan händer det här" and "Om det inte går" for each step. */
  details?: boolean;
  /** Steps of one's own ("Lägg till eget steg"). */
  own?: { id: string; text: string }[];
}

const TEXT_KEYS = ['person', 'ombud', 'ombudPhone', 'meeting', 'notes'] as const;
const [extras, setExtras] = createSignal<PlanExtras>({});
export { extras };

export function setExtra<K extends keyof PlanExtras>(key: K, value: PlanExtras[K]) {
  setExtras((x) => ({ ...x, [key]: value }));
}

export function addOwnStep(text: string) {
  const t = text.trim();
  if (!t) return;
  setExtras((x) => ({ ...x, own: [...(x.own ?? []), { id: Math.random().toString(36).slice(2, 8), text: t }] }));
}

export function removeOwnStep(id: string) {
  setExtras((x) => ({ ...x, own: (x.own ?? []).filter((s) => s.id !== id) }));
}

/** Back from the tab's memory or the device: only the known keys, as text or true/false. */
export function restoreExtras(v: unknown) {
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  const x: PlanExtras = {};
  for (const k of TEXT_KEYS) if (typeof o[k] === 'string' && (o[k] as string).length <= 5000) x[k] = o[k] as string;
  if (typeof o.hasOmbud === 'boolean') x.hasOmbud = o.hasOmbud;
  if (typeof o.details === 'boolean') x.details = o.details;
  if (Array.isArray(o.own)) x.own = o.own.filter((s): s is { id: string; text: string } => !!s && typeof s.id === 'string' && typeof s.text === 'string').slice(0, 50);
  setExtras(x);
}

export function forgetExtras() {
  setExtras({});
}
