import { visibleSteps, type Answers } from './route.ts';
import { type Catalogue, isOutcome, type Step } from './types.ts';

/** One finished errand in the person's plan. */
export interface PlanEntry {
  errand: string;
  outcome: string;
  answers: Answers;
}

export interface PlanStep {
  /** `<errand>/<outcome>/<step>`: stable, so a ticked step stays ticked. */
  key: string;
  errand: string;
  outcome: string;
  step: Step;
  /** 0 acute, 1 deadline, 2 others depend on it, 3 the rest. */
  tier: 0 | 1 | 2 | 3;
  /** Keys of the steps in the plan that must come before this one. */
  deps: string[];
}

/** Steps with the same contact, done in one call or visit. */
export interface PlanGroup {
  contact: string;
  steps: PlanStep[];
  tier: number;
}

export interface Plan {
  groups: PlanGroup[];
  /** Both region care and kommun support: a SIP (samordnad individuell plan) would help. */
  suggestSip: boolean;
}

export const stepKey = (errand: string, outcome: string, step: string) => `${errand}/${outcome}/${step}`;

/** Resolves a step's `after` id: a local step id, or `<errand>/<outcome>/<step>`. */
export function resolveAfter(errand: string, outcome: string, id: string): string {
  return id.includes('/') ? id : stepKey(errand, outcome, id);
}

/** Every step the entries show, with tiers and dependencies inside the plan. */
export function collectSteps(cat: Catalogue, entries: PlanEntry[]): PlanStep[] {
  const raw: Omit<PlanStep, 'tier' | 'deps'>[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const node = cat.flows[e.errand]?.nodes[e.outcome];
    if (!isOutcome(node)) continue;
    for (const step of visibleSteps(node.steps, e.answers)) {
      const key = stepKey(e.errand, e.outcome, step.id);
      // The same outcome added twice is one set of steps.
      if (seen.has(key)) continue;
      seen.add(key);
      raw.push({ key, errand: e.errand, outcome: e.outcome, step });
    }
  }
  const withDeps = raw.map((r) => ({
    ...r,
    deps: (r.step.after ?? []).map((a) => resolveAfter(r.errand, r.outcome, a)).filter((k) => seen.has(k)),
  }));
  const needed = new Set(withDeps.flatMap((s) => s.deps));
  return withDeps.map((s) => ({
    ...s,
    tier: s.step.urgency === 'acute' ? 0 : s.step.urgency === 'deadline' ? 1 : needed.has(s.key) ? 2 : 3,
  }));
}

/**
 * Orders the steps of several errands into one list: acute safety first, then
 * what has a deadline (the earliest known last day first: `lastDays` by step
 * key), then what others depend on, then the rest — never a step before one
 * it depends on (a topological order, ties broken by tier and by the order
 * the errands were added). Then steps with the same contact are merged into
 * one call where no dependency stands between them.
 */
export function orderPlan(cat: Catalogue, entries: PlanEntry[], lastDays: Readonly<Record<string, string>> = {}): Plan {
  const steps = collectSteps(cat, entries);
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const index = new Map(steps.map((s, i) => [s.key, i]));
  const waiting = new Map(steps.map((s) => [s.key, s.deps.length]));
  const dependents = new Map<string, string[]>();
  for (const s of steps) for (const d of s.deps) dependents.set(d, [...(dependents.get(d) ?? []), s.key]);

  // Days since 1970 for a known last day; a step with a deadline but no known day comes after those with one.
  const day = (s: PlanStep) => (lastDays[s.key] ? Date.parse(`${lastDays[s.key]}T00:00:00Z`) / 86_400_000 : 9e5);
  const rank = (s: PlanStep) => s.tier * 1e9 + (s.tier === 1 ? day(s) : 0) * 1e3 + index.get(s.key)!;
  const ready = steps.filter((s) => s.deps.length === 0);
  const ordered: PlanStep[] = [];
  while (ready.length) {
    ready.sort((a, b) => rank(a) - rank(b));
    const s = ready.shift()!;
    ordered.push(s);
    for (const k of dependents.get(s.key) ?? []) {
      const left = waiting.get(k)! - 1;
      waiting.set(k, left);
      if (left === 0) ready.push(byKey.get(k)!);
    }
  }
  // A cycle cannot pass validation; should one slip through, keep every step anyway.
  for (const s of steps) if (!ordered.includes(s)) ordered.push(s);

  const groups: PlanGroup[] = [];
  const groupOf = new Map<string, number>();
  for (const s of ordered) {
    const gi = groups.findIndex(
      (g, i) =>
        g.contact === s.step.contact &&
        (g.tier === 0) === (s.tier === 0) &&
        s.deps.every((d) => (groupOf.get(d) ?? Infinity) <= i),
    );
    if (gi >= 0) {
      groups[gi]!.steps.push(s);
      groups[gi]!.tier = Math.min(groups[gi]!.tier, s.tier);
      groupOf.set(s.key, gi);
    } else {
      groups.push({ contact: s.step.contact, steps: [s], tier: s.tier });
      groupOf.set(s.key, groups.length - 1);
    }
  }

  const orgs = new Set(steps.map((s) => cat.contacts[s.step.contact]?.org));
  return { groups, suggestSip: orgs.has('region') && orgs.has('kommun') };
}

/** The first group with a step not yet done, or undefined when all are done. */
export function nextGroup(plan: Plan, done: ReadonlySet<string>): number | undefined {
  const i = plan.groups.findIndex((g) => g.steps.some((s) => !done.has(s.key)));
  return i < 0 ? undefined : i;
}
