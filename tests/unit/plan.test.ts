import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk, readScenarios } from '../../scripts/lib/disk-catalogue';
import { collectSteps, nextGroup, orderPlan, type PlanEntry } from '../../src/engine/plan';
import type { Catalogue } from '../../src/engine/types';

const cat = readCatalogueFromDisk(process.cwd());

/** Every scenario of every errand as a plan entry: the pool the properties draw from. */
const pool: PlanEntry[] = Object.keys(cat.flows).flatMap((errand) =>
  Object.values(readScenarios(process.cwd(), errand)).map((s) => ({ errand, outcome: s.outcome, answers: s.answers })),
);

const keysOf = (c: Catalogue, entries: PlanEntry[]) => new Set(collectSteps(c, entries).map((s) => s.key));
const placed = (entries: PlanEntry[]) => {
  const plan = orderPlan(cat, entries);
  const pos = new Map<string, [number, number]>();
  plan.groups.forEach((g, gi) => g.steps.forEach((s, si) => pos.set(s.key, [gi, si])));
  return { plan, pos };
};
const entriesArb = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 });

describe('plan ordering', () => {
  it('orders sick leave: the sick report to the employer, then the certificate, then Försäkringskassan', () => {
    const { plan } = placed([{ errand: 'sjuk', outcome: 'anstalld-lang', answers: { situation: 'anstalld', 'hur-lange': 'lang' } }]);
    expect(plan.groups.map((g) => g.contact)).toEqual(['arbetsgivare', 'vardcentral', 'forsakringskassan']);
  });

  it('puts acute help first even when it is added last', () => {
    const { plan } = placed([
      { errand: 'sjuk', outcome: 'anstalld-kort', answers: { situation: 'anstalld', 'hur-lange': 'kort' } },
      { errand: 'psykisk-ohalsa', outcome: 'akut', answers: { fara: 'ja' } },
    ]);
    expect(plan.groups[0]!.tier).toBe(0);
    expect(plan.groups[0]!.contact).toBe('larm-112');
    expect(plan.groups.at(-1)!.contact).toBe('arbetsgivare');
  });

  it('puts the deadline that ends first first, once the person has said when each decision came', () => {
    const kommun: PlanEntry = { errand: 'overklaga', outcome: 'kommun', answers: { vem: 'kommun' } };
    const fk: PlanEntry = { errand: 'overklaga', outcome: 'fk-omprovning', answers: { vem: 'fk', omprovat: 'nej' } };
    const first = (lastDays: Record<string, string>) => orderPlan(cat, [kommun, fk], lastDays).groups[0]!.steps[0]!.key;
    // No days known: the order the errands were added.
    expect(first({})).toBe('overklaga/kommun/overklaga');
    // Försäkringskassan's ends on 11 January, the kommun's on 28 December: the kommun's first.
    expect(first({ 'overklaga/kommun/overklaga': '2026-12-28', 'overklaga/fk-omprovning/omprovning': '2027-01-11' })).toBe('overklaga/kommun/overklaga');
    // Now Försäkringskassan's ends first.
    expect(first({ 'overklaga/kommun/overklaga': '2027-01-18', 'overklaga/fk-omprovning/omprovning': '2027-01-11' })).toBe('overklaga/fk-omprovning/omprovning');
    // A known day comes before an unknown one.
    expect(first({ 'overklaga/fk-omprovning/omprovning': '2027-03-01' })).toBe('overklaga/fk-omprovning/omprovning');
  });

  it('merges steps with the same contact into one call', () => {
    const { plan } = placed([
      { errand: 'sjuk', outcome: 'oklar', answers: { situation: 'vetinte' } },
      { errand: 'sjuk', outcome: 'arbetssokande-kort', answers: { situation: 'arbetssokande', 'hur-lange': 'kort' } },
    ]);
    const fk = plan.groups.filter((g) => g.contact === 'forsakringskassan');
    expect(fk).toHaveLength(1);
    expect(fk[0]!.steps.map((s) => s.key)).toEqual(['sjuk/arbetssokande-kort/sjukanmal', 'sjuk/oklar/fk']);
  });

  it('suggests a SIP when the plan has both region care and kommun support', () => {
    const region = { errand: 'psykisk-ohalsa', outcome: 'egen-mottagning', answers: { fara: 'nej', psykiatri: 'ja' } };
    expect(orderPlan(cat, [region]).suggestSip).toBe(false);
    const kommun = pool.find((e) => collectSteps(cat, [e]).some((s) => cat.contacts[s.step.contact]?.org === 'kommun'));
    expect(kommun, 'some scenario involves kommun support').toBeDefined();
    expect(orderPlan(cat, [region, kommun!]).suggestSip).toBe(true);
  });

  it('says what is next as steps are ticked off', () => {
    const { plan } = placed([{ errand: 'sjuk', outcome: 'anstalld-lang', answers: { situation: 'anstalld', 'hur-lange': 'lang' } }]);
    expect(nextGroup(plan, new Set())).toBe(0);
    expect(nextGroup(plan, new Set(['sjuk/anstalld-lang/sjukanmal']))).toBe(1);
    expect(nextGroup(plan, new Set(plan.groups.flatMap((g) => g.steps.map((s) => s.key))))).toBeUndefined();
  });

  describe('properties', () => {
    it('never drops a step, and adding an errand never drops one', () => {
      fc.assert(
        fc.property(entriesArb, fc.constantFrom(...pool), (entries, extra) => {
          const { plan } = placed(entries);
          const inPlan = plan.groups.flatMap((g) => g.steps.map((s) => s.key));
          expect(new Set(inPlan)).toEqual(keysOf(cat, entries));
          expect(inPlan.length).toBe(new Set(inPlan).size);
          const after = new Set(orderPlan(cat, [...entries, extra]).groups.flatMap((g) => g.steps.map((s) => s.key)));
          for (const k of inPlan) expect(after.has(k)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('always puts every acute step before every other step', () => {
      fc.assert(
        fc.property(entriesArb, (entries) => {
          const { plan } = placed(entries);
          const tiers = plan.groups.map((g) => (g.steps.some((s) => s.tier === 0) ? 0 : 1));
          expect([...tiers].sort()).toEqual(tiers);
          if (plan.groups.some((g) => g.tier === 0)) expect(plan.groups[0]!.steps.every((s) => s.tier === 0)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('always puts a step after the steps it depends on', () => {
      fc.assert(
        fc.property(entriesArb, (entries) => {
          const { plan, pos } = placed(entries);
          for (const g of plan.groups) {
            for (const s of g.steps) {
              for (const d of s.deps) {
                const [dg, ds] = pos.get(d)!;
                const [sg, ss] = pos.get(s.key)!;
                expect(dg < sg || (dg === sg && ds < ss), `${d} before ${s.key}`).toBe(true);
              }
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
