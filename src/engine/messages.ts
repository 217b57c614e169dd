import { textKeys } from './keys.ts';
import { type Flow, isQuestion } from './types.ts';

/** Looks up a key, given as its parts, in nested messages. */
export function at(messages: unknown, parts: readonly string[]): unknown {
  let cur: unknown = messages;
  for (const part of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Looks up a dotted key in nested messages. */
export function lookup(messages: unknown, key: string): unknown {
  return at(messages, key.split('.'));
}

/** Adds to `out` each leaf key of `src` that is not a text in `other`, walking both at once. */
export function missingLeaves(src: unknown, other: unknown, prefix: string, out: string[]) {
  if (src === null || typeof src !== 'object') {
    if (prefix && typeof other !== 'string') out.push(prefix);
    return;
  }
  const o = other !== null && typeof other === 'object' ? (other as Record<string, unknown>) : undefined;
  for (const [k, v] of Object.entries(src as Record<string, unknown>)) missingLeaves(v, o?.[k], prefix ? `${prefix}.${k}` : k, out);
}

/** The locale keys a flow needs, in its own namespace. */
export function requiredKeys(flow: Flow): { node?: string; key: string }[] {
  const keys: { node?: string; key: string }[] = [{ key: 'title' }, { key: 'summary' }];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (isQuestion(node)) {
      keys.push({ node: id, key: textKeys.question(id, 'title') });
      if (node.hint) keys.push({ node: id, key: textKeys.question(id, 'hint') });
      for (const o of node.options) keys.push({ node: id, key: textKeys.option(id, o) });
    } else {
      keys.push({ node: id, key: textKeys.outcome(id, 'title') });
      for (const s of node.steps) {
        for (const part of ['title', 'say', 'next', 'ifNo'].concat(s.bring ? ['bring'] : [])) {
          keys.push({ node: id, key: textKeys.step(id, s.id, part) });
        }
      }
    }
  }
  return keys;
}

