import { describe, expect, it } from 'vitest';
import type { Catalogue, Flow } from '../../src/engine/types';
import { assertValid, FlowValidationError, type ProblemCode, validateCatalogue } from '../../src/engine/validate';

/** A small valid catalogue; each test breaks one thing and expects one named problem. */
function base(): Catalogue {
  const flow: Flow = {
    id: 'prov',
    start: 'q1',
    nodes: {
      q1: { type: 'question', options: ['a', 'b', 'vetinte'], dontKnow: 'vetinte', next: { a: 'q2', b: 'ut-b', vetinte: 'ut-b' } },
      q2: { type: 'question', options: ['x', 'vetinte'], dontKnow: 'vetinte', next: { x: [{ when: { q1: 'a' }, to: 'ut-a' }, { to: 'ut-b' }], vetinte: 'ut-b' } },
      'ut-a': { type: 'outcome', steps: [{ id: 's', contact: 'fk', how: ['phone'] }], sources: ['src'], checked: '2026-01' },
      'ut-b': { type: 'outcome', steps: [{ id: 's', contact: 'fk', how: ['web'] }], sources: ['src'], checked: '2026-01' },
    },
  };
  const step = { title: 'T', say: 'S', next: 'N', ifNo: 'I' };
  const msgs = {
    title: 'Prov',
    summary: 'Sammanfattning',
    questions: {
      q1: { title: 'Q1', options: { a: 'A', b: 'B', vetinte: 'Vet ej' } },
      q2: { title: 'Q2', options: { x: 'X', vetinte: 'Vet ej' } },
    },
    outcomes: { 'ut-a': { title: 'A', steps: { s: step } }, 'ut-b': { title: 'B', steps: { s: step } } },
  };
  const common = { contacts: { fk: { name: 'FK', find: 'Ring' } } };
  return {
    flows: { prov: flow },
    contacts: { fk: { phone: '0771-524 524' } },
    sources: { src: { url: 'https://example.org', checked: '2026-01' } },
    locales: { sv: { prov: msgs, common }, en: { prov: structuredClone(msgs), common: structuredClone(common) } },
  };
}

const codes = (cat: Catalogue) => validateCatalogue(cat).map((p) => `${p.code}@${p.errand}/${p.node ?? ''}`);
const q = (cat: Catalogue, id: string) => cat.flows.prov!.nodes[id] as Extract<Flow['nodes'][string], { type: 'question' }>;
const o = (cat: Catalogue, id: string) => cat.flows.prov!.nodes[id] as Extract<Flow['nodes'][string], { type: 'outcome' }>;

describe('flow validation', () => {
  it('accepts the valid base', () => {
    expect(validateCatalogue(base())).toEqual([]);
  });

  it('accepts a default ("otherwise") taken by the options without their own next', () => {
    const c = base();
    delete q(c, 'q1').next.b;
    delete q(c, 'q1').next.vetinte;
    q(c, 'q1').otherwise = 'ut-b';
    expect(validateCatalogue(c)).toEqual([]);
  });

  const cases: [string, ProblemCode, string, (c: Catalogue) => void][] = [
    ['an unknown next node', 'unknown-next', 'q1', (c) => (q(c, 'q1').next.a = 'finns-inte')],
    ['an option that leads nowhere', 'leads-nowhere', 'q1', (c) => delete q(c, 'q1').next.b],
    ['a default ("otherwise") that no option takes', 'unknown-option', 'q1', (c) => (q(c, 'q1').otherwise = 'ut-b')],
    ['a default leading to an unknown node', 'unknown-next', 'q1', (c) => {
      delete q(c, 'q1').next.b;
      q(c, 'q1').otherwise = 'saknas';
    }],
    ['rules with no default', 'leads-nowhere', 'q2', (c) => (q(c, 'q2').next.x = [{ when: { q1: 'a' }, to: 'ut-a' }])],
    ['a node no path reaches', 'unreachable', 'ut-a', (c) => (q(c, 'q2').next.x = 'ut-b')],
    ['an outcome with no source', 'no-source', 'ut-a', (c) => (o(c, 'ut-a').sources = [])],
    ['a source with no check date', 'no-check-date', 'ut-a', (c) => (c.sources.src!.checked = '')],
    ['a source with a bad check date', 'no-check-date', 'ut-b', (c) => (c.sources.src!.checked = 'januari')],
    ['an outcome with no checked date', 'no-check-date', 'ut-a', (c) => delete (o(c, 'ut-a') as { checked?: string }).checked],
    ['an outcome checked in the future', 'no-check-date', 'ut-b', (c) => (o(c, 'ut-b').checked = '2999-01-01')],
    ['a key missing in a locale', 'missing-key', 'q2', (c) => delete (c.locales.en!.prov as any).questions.q2.options.x],
    ['a step text missing in a locale', 'missing-key', 'ut-a', (c) => delete (c.locales.sv!.prov as any).outcomes['ut-a'].steps.s.ifNo],
    ['a contact that does not exist', 'unknown-contact', 'ut-a', (c) => (o(c, 'ut-a').steps[0]!.contact = 'nobody')],
    ['a word to explain with no explanation', 'unknown-term', 'ut-a', (c) => (o(c, 'ut-a').terms = ['inget-sadant-ord'])],
    ['a source that does not exist', 'unknown-source', 'ut-b', (c) => (o(c, 'ut-b').sources = ['nope'])],
    ['a cycle', 'cycle', 'q2', (c) => (q(c, 'q2').next.vetinte = 'q1')],
    ['a start that does not exist', 'no-start', '', (c) => (c.flows.prov!.start = 'q0')],
    ['a condition on an unknown option', 'bad-condition', 'q2', (c) => (q(c, 'q2').next.x = [{ when: { q1: 'zzz' }, to: 'ut-a' }, { to: 'ut-b' }])],
    ['a step condition on an unknown option', 'bad-condition', 'ut-a', (c) => (o(c, 'ut-a').steps[0]!.when = { q2: 'nej' })],
    ['a step waiting for an unknown step', 'bad-dependency', 'ut-a', (c) => (o(c, 'ut-a').steps[0]!.after = ['saknas'])],
    ['an acute step waiting for another', 'bad-dependency', 'ut-b', (c) => (o(c, 'ut-b').steps.push({ id: 't', contact: 'fk', how: ['phone'], urgency: 'acute', after: ['s'] }))],
    ['a "Jag vet inte" that is not an option', 'unknown-option', 'q1', (c) => (q(c, 'q1').dontKnow = 'vetej')],
  ];

  for (const [name, code, node, breakIt] of cases) {
    it(`names ${name} (${code}) with errand and node`, () => {
      const cat = base();
      breakIt(cat);
      expect(codes(cat)).toContain(`${code}@prov/${node}`);
    });
  }

  it('names a key that sv has and another language lacks', () => {
    const cat = base();
    (cat.locales.sv!.common as any).extra = 'Bara svenska';
    expect(validateCatalogue(cat).map((p) => p.message).join()).toMatch(/"extra".*missing in locale "en"/);
  });

  it('names each key of a group that another language lacks, and a key that is not a text there', () => {
    const cat = base();
    (cat.locales.sv!.common as any).group = { a: 'A', inner: { b: 'B' } };
    (cat.locales.sv!.common as any).word = 'Ord';
    (cat.locales.en!.common as any).word = { not: 'a text' };
    const missing = validateCatalogue(cat).filter((p) => p.code === 'missing-key' && /locale "en"/.test(p.message)).map((p) => p.message.match(/key "([^"]+)"/)![1]);
    expect(missing).toEqual(['group.a', 'group.inner.b', 'word']);
  });

  it('throws one error listing every problem, each with errand and node', () => {
    const cat = base();
    q(cat, 'q1').next.a = 'finns-inte';
    o(cat, 'ut-b').sources = [];
    expect(() => assertValid(cat)).toThrow(FlowValidationError);
    try {
      assertValid(cat);
    } catch (e) {
      expect((e as Error).message).toMatch(/\[prov\] q1: option "a" leads to unknown node "finns-inte"/);
      expect((e as Error).message).toMatch(/\[prov\] ut-b: outcome names no source/);
    }
  });
});
