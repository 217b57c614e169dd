import { rulesFor, targetsOf } from './route.ts';
import { at, lookup, missingLeaves, requiredKeys } from './messages.ts';
import { textKeys } from './keys.ts';
import { validatePlaces } from './validate-places.ts';
import { validateLetters } from './validate-letters.ts';
import { type Problem, type ProblemCode, FlowValidationError } from './problems.ts';

export { FlowValidationError, formatProblem, type Problem, type ProblemCode } from './problems.ts';
export { lookup, requiredKeys } from './messages.ts';
import { type Catalogue, type Flow, isOutcome, isQuestion, type When } from './types.ts';

/** Today as YYYY-MM-DD (a check date after it is a typo). */
const today = () => new Date().toISOString().slice(0, 10);
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * Checks one flow against the registries and locales. Linear in nodes, edges
 * and keys: it never enumerates paths, so it stays fast for many errands.
 */
export function validateFlow(flow: Flow, cat: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const errand = flow.id;
  const add = (code: ProblemCode, message: string, node?: string) =>
    problems.push({ errand, node, code, message });
  const nodes = flow.nodes;

  if (!nodes[flow.start]) add('no-start', `start node "${flow.start}" does not exist`);

  /** A condition names earlier questions and their options; both must exist. */
  const checkWhen = (when: When | undefined, who: string, id: string) => {
    for (const [cn, co] of Object.entries(when ?? {})) {
      const cq = nodes[cn];
      if (!isQuestion(cq)) {
        add('bad-condition', `${who} has a condition on "${cn}", which is not a question`, id);
        continue;
      }
      for (const v of Array.isArray(co) ? co : [co]) {
        if (!cq.options.includes(v)) add('bad-condition', `${who} has a condition on unknown option "${cn}.${v}"`, id);
      }
    }
  };

  for (const [id, node] of Object.entries(nodes)) {
    if (isQuestion(node)) {
      if (node.dontKnow !== undefined && !node.options.includes(node.dontKnow)) {
        add('unknown-option', `"Jag vet inte" option "${node.dontKnow}" is not among the options`, id);
      }
      for (const key of Object.keys(node.next)) {
        if (!node.options.includes(key)) add('unknown-option', `next names option "${key}" that the question does not have`, id);
      }
      if (node.otherwise !== undefined && node.options.every((o) => node.next[o] !== undefined)) {
        add('unknown-option', 'the question has "otherwise", but every option has its own next', id);
      }
      for (const o of node.options) {
        const rules = rulesFor(node, o);
        if (rules.length === 0) {
          add('leads-nowhere', `option "${o}" leads nowhere`, id);
          continue;
        }
        if (rules[rules.length - 1]!.when) {
          add('leads-nowhere', `option "${o}" leads nowhere when no rule matches (the last rule needs no "when")`, id);
        }
        for (const r of rules) {
          if (!nodes[r.to]) add('unknown-next', `option "${o}" leads to unknown node "${r.to}"`, id);
          checkWhen(r.when, `option "${o}"`, id);
        }
      }
    } else if (isOutcome(node)) {
      if (node.steps.length === 0) add('no-steps', 'outcome has no steps', id);
      if (node.sources.length === 0) add('no-source', 'outcome names no source', id);
      // "Senast granskad" is the day this outcome was checked, written down, never a default.
      if (typeof node.checked !== 'string' || !ISO_DATE.test(node.checked)) add('no-check-date', 'outcome has no valid "checked" date', id);
      else if (node.checked > today()) add('no-check-date', `outcome "checked" date ${node.checked} is in the future`, id);
      for (const s of node.sources) {
        const src = cat.sources[s];
        if (!src) add('unknown-source', `source "${s}" is not in flows/sources.json`, id);
        else if (!src.checked || !ISO_DATE.test(src.checked)) add('no-check-date', `source "${s}" has no valid check date`, id);
      }
      const localIds = new Set(node.steps.map((st) => st.id));
      for (const step of node.steps) {
        for (const a of step.after ?? []) {
          if (step.urgency === 'acute') add('bad-dependency', `acute step "${step.id}" must not wait for "${a}": acute help always comes first`, id);
          if (a.includes('/')) {
            const [e, o, st] = a.split('/');
            const target = cat.flows[e!]?.nodes[o!];
            if (!isOutcome(target) || !target.steps.some((x) => x.id === st)) add('bad-dependency', `step "${step.id}" waits for unknown step "${a}"`, id);
          } else if (!localIds.has(a) || a === step.id) add('bad-dependency', `step "${step.id}" waits for unknown step "${a}"`, id);
        }
        if (!cat.contacts[step.contact]) add('unknown-contact', `step "${step.id}" names unknown contact "${step.contact}"`, id);
        if (step.deadline) {
          const rule = cat.deadlines?.[step.deadline];
          if (!rule) add('unknown-deadline', `step "${step.id}" names unknown deadline "${step.deadline}" (flows/deadlines.json)`, id);
          else if (!rule.sources.length || rule.sources.some((s) => !cat.sources[s])) add('unknown-deadline', `deadline "${step.deadline}" needs sources from flows/sources.json`, id);
        }
        checkWhen(step.when, `step "${step.id}"`, id);
      }
      // A word to explain needs its explanation in the common texts (the other languages follow by parity).
      const common = cat.locales.sv?.common;
      for (const term of node.terms ?? []) {
        if (typeof lookup(common, textKeys.term(term, 'word')) !== 'string' || typeof lookup(common, textKeys.term(term, 'text')) !== 'string') {
          add('unknown-term', `term "${term}" has no "terms.${term}.word" and ".text" in locales/sv/common.json`, id);
        }
      }
    }
  }

  // Reachability and cycles in one depth-first pass: O(nodes + edges).
  const state = new Map<string, 1 | 2>();
  const stack: { id: string; edges: string[]; i: number }[] = [];
  const edgesOf = (id: string): string[] => {
    const n = nodes[id];
    if (!isQuestion(n)) return [];
    return targetsOf(n).filter((to) => nodes[to]);
  };
  if (nodes[flow.start]) {
    stack.push({ id: flow.start, edges: edgesOf(flow.start), i: 0 });
    state.set(flow.start, 1);
  }
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.edges.length) {
      state.set(top.id, 2);
      stack.pop();
      continue;
    }
    const to = top.edges[top.i++]!;
    const s = state.get(to);
    if (s === 1) add('cycle', `a path leads from "${top.id}" back to "${to}" (cycle)`, top.id);
    else if (s === undefined) {
      state.set(to, 1);
      stack.push({ id: to, edges: edgesOf(to), i: 0 });
    }
  }
  for (const id of Object.keys(nodes)) {
    if (!state.has(id)) add('unreachable', 'no path from the start reaches this node', id);
  }

  // Locale keys: every required key in every language.
  const required = requiredKeys(flow).map((r) => ({ ...r, parts: r.key.split('.') }));
  for (const [lang, namespaces] of Object.entries(cat.locales)) {
    const messages = namespaces[errand];
    for (const { node, key, parts } of required) {
      const v = at(messages, parts);
      if (typeof v !== 'string' || v.trim() === '') add('missing-key', `key "${key}" is missing in locale "${lang}"`, node);
    }
  }
  for (const [id, node] of Object.entries(nodes)) {
    if (!isOutcome(node)) continue;
    for (const step of node.steps) {
      for (const [lang, namespaces] of Object.entries(cat.locales)) {
        const v = at(namespaces.common, ['contacts', step.contact, 'name']);
        if (typeof v !== 'string') add('missing-key', `key "common:${textKeys.contact(step.contact, 'name')}" is missing in locale "${lang}"`, id);
      }
    }
  }
  return problems;
}

/** Keys the source language (sv) has that another language lacks, per namespace. */
export function validateLocaleParity(cat: Catalogue, source = 'sv'): Problem[] {
  const problems: Problem[] = [];
  const src = cat.locales[source] ?? {};
  for (const [ns, messages] of Object.entries(src)) {
    for (const [lang, namespaces] of Object.entries(cat.locales)) {
      if (lang === source) continue;
      const missing: string[] = [];
      missingLeaves(messages, namespaces[ns], '', missing);
      for (const key of missing) {
        // A letter is always in Swedish: its template exists only in the source language.
        if (ns === 'letters' && /^[\w-]+\.template(\.|$)/.test(key)) continue;
        problems.push({ errand: ns, code: 'missing-key', message: `key "${key}" is in "${source}" but missing in locale "${lang}"` });
      }
    }
  }
  return problems;
}

export function validateCatalogue(cat: Catalogue): Problem[] {
  return [...Object.values(cat.flows).flatMap((f) => validateFlow(f, cat)), ...validateLocaleParity(cat), ...(cat.places ? validatePlaces(cat.places, cat.contacts) : []), ...validateLetters(cat)];
}

/** Throws a FlowValidationError naming every problem, or returns the catalogue. */
export function assertValid(cat: Catalogue): Catalogue {
  const problems = validateCatalogue(cat);
  if (problems.length) throw new FlowValidationError(problems);
  return cat;
}
