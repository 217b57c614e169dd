import { walk } from './route.ts';
import type { PlanEntry } from './plan.ts';
import { type Catalogue, isOutcome, isQuestion } from './types.ts';

/**
 * A plan as a short text for the part of a link after '#'. Version 1:
 *   1.<errand>.<answer indexes in base 36>~<errand>.<…>[!<done step keys' indexes>]
 * Answers are stored as option indexes along the path, so a link holds no
 * words and stays short; the version lets a later format read old links.
 * A link may end in `@<kommun code>` (four digits): where the person lives,
 * only when they chose a kommun. Links without it read as before.
 */
export const SHARE_VERSION = '1';

export type DecodeResult =
  | { ok: true; entries: PlanEntry[]; done: string[]; kommun?: string }
  | { ok: false; reason: 'empty' | 'version' | 'malformed' };

export function encodePlan(cat: Catalogue, entries: PlanEntry[], done: Iterable<string> = [], kommun?: string): string {
  const parts = entries.map((e) => {
    const flow = cat.flows[e.errand]!;
    const { path } = walk(flow, e.answers);
    const idx = path.map((q) => {
      const node = flow.nodes[q];
      return isQuestion(node) ? node.options.indexOf(e.answers[q]!).toString(36) : '0';
    });
    return `${e.errand}.${idx.join('')}`;
  });
  const keys = allStepKeys(cat, entries);
  const doneIdx = [...done].map((k) => keys.indexOf(k)).filter((i) => i >= 0).sort((a, b) => a - b);
  const place = kommun && /^\d{4}$/.test(kommun) ? `@${kommun}` : '';
  return `${SHARE_VERSION}.${parts.join('~')}${doneIdx.length ? `!${doneIdx.map((i) => i.toString(36)).join(',')}` : ''}${place}`;
}

/** Step keys in a fixed order (entry, then step), for the done list. */
function allStepKeys(cat: Catalogue, entries: PlanEntry[]): string[] {
  return entries.flatMap((e) => {
    const node = cat.flows[e.errand]?.nodes[e.outcome];
    return isOutcome(node) ? node.steps.map((s) => `${e.errand}/${e.outcome}/${s.id}`) : [];
  });
}

/** Reads a share text. Never throws: a broken link gets a reason, not an exception. */
export function decodePlan(cat: Catalogue, text: string | undefined | null): DecodeResult {
  try {
    if (!text) return { ok: false, reason: 'empty' };
    const dot = text.indexOf('.');
    if (dot < 0) return { ok: false, reason: 'malformed' };
    if (text.slice(0, dot) !== SHARE_VERSION) return { ok: false, reason: 'version' };
    const [rest = '', kommun, ...more] = text.slice(dot + 1).split('@');
    if (more.length || (kommun !== undefined && !/^\d{4}$/.test(kommun))) return { ok: false, reason: 'malformed' };
    const [body = '', doneText] = rest.split('!');
    if (!body || text.length > 2000) return { ok: false, reason: 'malformed' };
    const entries: PlanEntry[] = [];
    for (const part of body.split('~')) {
      const m = /^([a-z0-9-]+)\.([0-9a-z]*)$/.exec(part);
      if (!m) return { ok: false, reason: 'malformed' };
      const flow = cat.flows[m[1]!];
      if (!flow) return { ok: false, reason: 'malformed' };
      const answers: Record<string, string> = {};
      let at = flow.start;
      for (const ch of m[2]!) {
        const node = flow.nodes[at];
        const option = isQuestion(node) ? node.options[parseInt(ch, 36)] : undefined;
        if (!option) return { ok: false, reason: 'malformed' };
        answers[at] = option;
        at = walk(flow, answers).at;
      }
      if (!isOutcome(flow.nodes[at])) return { ok: false, reason: 'malformed' };
      entries.push({ errand: flow.id, outcome: at, answers });
    }
    const keys = allStepKeys(cat, entries);
    const done: string[] = [];
    for (const d of doneText ? doneText.split(',') : []) {
      const k = keys[parseInt(d, 36)];
      if (!/^[0-9a-z]+$/.test(d) || k === undefined) return { ok: false, reason: 'malformed' };
      done.push(k);
    }
    return { ok: true, entries, done, ...(kommun ? { kommun } : {}) };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
