import { rulesFor } from './route.ts';
import { textKeys } from './keys.ts';
import { type Catalogue, type When, isOutcome, isQuestion } from './types.ts';

/** A translate function: key in a namespace → text. Keeps the engine free of i18next. */
export type Translate = (ns: string, key: string) => string | undefined;

export interface ReviewQuestion {
  id: string;
  title: string;
  hint?: string;
  options: { id: string; label: string; leadsTo: { when?: string; to: string; toTitle: string }[] }[];
}

export interface ReviewOutcome {
  id: string;
  title: string;
  intro?: string;
  acute: boolean;
  steps: {
    id: string;
    /** When the step shows only for some answers, those answers in words. */
    onlyIf?: string;
    title: string;
    contact: { id: string; name: string; find?: string; phone?: string; web?: string };
    how: string[];
    say: string;
    bring?: string;
    next: string;
    ifNo: string;
  }[];
  sources: { url: string; checked: string }[];
  checked: string;
}

export interface ReviewErrand {
  id: string;
  title: string;
  summary: string;
  questions: ReviewQuestion[];
  outcomes: ReviewOutcome[];
}

/**
 * Every errand laid out for a reader who checks content without clicking:
 * each question with its options and where each leads, every outcome in full.
 */
export function reviewModel(cat: Catalogue, order: string[], tr: Translate): ReviewErrand[] {
  return order.map((id) => {
    const flow = cat.flows[id]!;
    const s = (k: string) => tr(id, k) ?? `⟨${k}⟩`;
    const nodeTitle = (n: string) => (isQuestion(flow.nodes[n]) ? s(textKeys.question(n, 'title')) : s(textKeys.outcome(n, 'title')));
    const whenText = (w: When) =>
      Object.entries(w)
        .map(([q, v]) => `${s(textKeys.question(q, 'title'))} = ${(Array.isArray(v) ? v : [v]).map((x) => s(textKeys.option(q, x))).join(' / ')}`)
        .join('; ');
    const questions: ReviewQuestion[] = [];
    const outcomes: ReviewOutcome[] = [];
    for (const [nid, node] of Object.entries(flow.nodes)) {
      if (isQuestion(node)) {
        questions.push({
          id: nid,
          title: s(textKeys.question(nid, 'title')),
          hint: node.hint ? s(textKeys.question(nid, 'hint')) : undefined,
          options: node.options.map((o) => ({
            id: o,
            label: s(textKeys.option(nid, o)),
            leadsTo: rulesFor(node, o).map((r) => ({
              when: r.when ? whenText(r.when) : undefined,
              to: r.to,
              toTitle: nodeTitle(r.to),
            })),
          })),
        });
      } else if (isOutcome(node)) {
        const sources = node.sources.map((x) => cat.sources[x]!).filter(Boolean);
        outcomes.push({
          id: nid,
          title: s(textKeys.outcome(nid, 'title')),
          intro: tr(id, textKeys.outcome(nid, 'intro')),
          acute: !!node.acute,
          steps: node.steps.map((st) => {
            const c = cat.contacts[st.contact] ?? {};
            const k = (p: string) => s(textKeys.step(nid, st.id, p));
            return {
              id: st.id,
              onlyIf: st.when ? whenText(st.when) : undefined,
              title: k('title'),
              contact: { id: st.contact, name: tr('common', textKeys.contact(st.contact, 'name')) ?? st.contact, find: tr('common', textKeys.contact(st.contact, 'find')), phone: c.phone, web: c.web },
              how: st.how.map((h) => tr('common', `channels.${h}`) ?? h),
              say: k('say'),
              bring: st.bring ? k('bring') : undefined,
              next: k('next'),
              ifNo: k('ifNo'),
            };
          }),
          sources,
          checked: node.checked,
        });
      }
    }
    return { id, title: s('title'), summary: s('summary'), questions, outcomes };
  });
}

/** Outcomes whose oldest source check is more than `months` before `today`. */
export function staleOutcomes(cat: Catalogue, today: Date, months = 12) {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  const out: { errand: string; outcome: string; source: string; url: string; checked: string }[] = [];
  for (const flow of Object.values(cat.flows)) {
    for (const [nid, node] of Object.entries(flow.nodes)) {
      if (!isOutcome(node)) continue;
      for (const sid of node.sources) {
        const src = cat.sources[sid];
        if (!src) continue;
        const [y, m, d] = src.checked.split('-').map(Number);
        // A month-only date counts from the month's last day: the check happened within it.
        const checked = d ? new Date(Date.UTC(y!, m! - 1, d)) : new Date(Date.UTC(y!, m!, 0));
        if (checked < limit) out.push({ errand: flow.id, outcome: nid, source: sid, url: src.url, checked: src.checked });
      }
    }
  }
  return out;
}
