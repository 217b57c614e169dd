import { createSignal } from 'solid-js';
import { deviceStorage } from './device';
import { nextGroup, orderPlan, type Plan, type PlanEntry } from '../engine/plan';
import { decodePlan, encodePlan } from '../engine/share';
import { forgetStored, type KeyValue, loadStored, saveStored } from '../engine/storage';
import { lang } from '../i18n';
import { isIsoDate, lastDay } from '../engine/deadline';
import { received } from './received';
import { extras } from './plan-extras';
import { catalogue, ensureErrand, isErrand } from './catalogue';

export type Notice = 'dropped' | 'badLink' | 'badVersion' | 'badLanguage' | 'saved' | 'forgotten' | 'update' | undefined;

const storage = (): KeyValue | undefined => deviceStorage('local');

/** The last day of each step whose decision date the person gave (src/stores/received.ts). */
function lastDaysOf(days: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, day] of Object.entries(days)) {
    const [errand, outcome, id] = key.split('/');
    const node = catalogue.flows[errand!]?.nodes[outcome!];
    const step = node?.type === 'outcome' ? node.steps.find((s) => s.id === id) : undefined;
    const rule = step?.deadline ? catalogue.deadlines?.[step.deadline] : undefined;
    if (rule && isIsoDate(day)) out[key] = lastDay(day, rule.period).last;
  }
  return out;
}

/**
 * The person's plan across errands: in memory, and on the device only when
 * they switch "Spara på den här enheten" on (off by default: shared computers).
 */
export function createPlanStore(
  settings?: { current: () => Record<string, string>; restore: (s: Record<string, string> | undefined) => void },
  /** Where the person lives: goes into a share link, and comes back from one. */
  place?: { get: () => string | undefined; set: (kommun: string) => void },
) {
  const [entries, setEntries] = createSignal<PlanEntry[]>([]);
  const [done, setDone] = createSignal<ReadonlySet<string>>(new Set());
  const [saveOn, setSaveOn] = createSignal(false);
  const [stored, setStored] = createSignal(false);
  const [notice, setNotice] = createSignal<Notice>();

  // One ordering per change of the entries or of a known last day, however often a view asks for it.
  let ordered: { of: PlanEntry[]; days: Record<string, string>; last: Record<string, string>; plan: Plan } | undefined;
  const ordering = () => {
    const list = entries();
    const days = received();
    if (ordered?.of !== list || ordered.days !== days) {
      const last = lastDaysOf(days);
      ordered = { of: list, days, last, plan: orderPlan(catalogue, list, last) };
    }
    return ordered;
  };
  /** The ordered plan; "Jag har redan ett personligt ombud" leaves out the steps about finding one. */
  const plan = (): Plan => {
    const o = ordering().plan;
    return extras().hasOmbud ? { ...o, groups: o.groups.filter((g) => g.contact !== 'personligt-ombud') } : o;
  };
  const persist = () => {
    if (saveOn()) setStored(saveStored(storage(), { entries: entries(), done: [...done()], settings: settings?.current() }));
  };

  /** Errands in a plan load before the plan shows, so ordering sees their flows. */
  const ensureFor = (list: PlanEntry[]) => Promise.all([...new Set(list.map((e) => e.errand))].map((id) => ensureErrand(id, [lang()])));

  async function init() {
    const r = loadStored(storage(), isErrand);
    if (r.state === 'ok') {
      await ensureFor(r.data.entries);
      setEntries(r.data.entries);
      setDone(new Set(r.data.done));
      settings?.restore(r.data.settings);
      setSaveOn(true);
      setStored(true);
    } else if (r.state === 'dropped') setNotice('dropped');
  }

  function add(entry: PlanEntry) {
    const same = (e: PlanEntry) => e.errand === entry.errand && e.outcome === entry.outcome;
    setEntries((list) => [...list.filter((e) => !same(e)), entry]);
    persist();
  }

  function remove(i: number) {
    setEntries((list) => list.filter((_, j) => j !== i));
    persist();
  }

  function toggle(key: string) {
    setDone((d) => {
      const n = new Set(d);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });
    persist();
  }

  function setSaving(on: boolean) {
    setSaveOn(on);
    if (on) {
      persist();
      setNotice('saved');
    } else {
      forgetStored(storage());
      setStored(false);
    }
  }

  /** "Glöm allt på den här enheten": storage and memory both. */
  function forgetAll() {
    forgetStored(storage());
    setStored(false);
    setSaveOn(false);
    setEntries([]);
    setDone(new Set<string>());
    setNotice('forgotten');
  }

  /** Empties memory without touching the device (quick exit). */
  function clearMemory() {
    setEntries([]);
    setDone(new Set<string>());
  }

  function shareText() {
    return encodePlan(catalogue, entries(), done(), place?.get());
  }

  /** Opens a shared plan; a broken link leaves the current plan as it was. */
  async function openShared(text: string): Promise<boolean> {
    // Load the errands the link names (ids only; decoding checks the rest).
    const ids = [...text.matchAll(/(?:^\d+\.|~)([a-z0-9-]+)\./g)].map((m) => m[1]!).filter(isErrand);
    await Promise.all(ids.map((id) => ensureErrand(id, [lang()])));
    const r = decodePlan(catalogue, text);
    if (!r.ok) {
      setNotice(r.reason === 'version' ? 'badVersion' : 'badLink');
      return false;
    }
    setEntries(r.entries);
    setDone(new Set(r.done));
    if (r.kommun) place?.set(r.kommun);
    persist();
    return true;
  }

  return {
    entries,
    done,
    plan,
    next: () => nextGroup(plan(), done()),
    /** The last day of each step with a time limit whose decision date is known, by step key. */
    lastDays: () => ordering().last,
    saveOn,
    stored,
    notice,
    setNotice,
    init,
    add,
    remove,
    toggle,
    setSaving,
    forgetAll,
    clearMemory,
    shareText,
    openShared,
    /** Saves again if saving is on (after a display setting changed). */
    persist,
  };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
