import { lookup } from './validate.ts';
import { textKeys } from './keys.ts';
import { type Flow, type Messages, isQuestion } from './types.ts';

/**
 * LIX (läsbarhetsindex): words per sentence + 100 × share of words longer
 * than six letters. Under 30 is easy Swedish; 40 is ordinary news text.
 */
export function lixStats(text: string): { words: number; sentences: number; long: number } {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // A sentence ends at . ! ? or : before a capital, or at the end of a text part.
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$|”|")/gu) ?? []).length);
  const long = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  return { words: words.length, sentences, long };
}

export function lix(text: string): number {
  const s = lixStats(text);
  if (s.words === 0) return 0;
  return s.words / s.sentences + (100 * s.long) / s.words;
}

/** Ends each part as a sentence, so titles and list items count as their own. */
function prose(parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => (/[.!?:”"]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`))
    .join(' ');
}

export interface ProsePage {
  errand: string;
  node: string;
  text: string;
}

/** The prose a person reads on each page of an errand: question title and hint, and outcome steps. */
export function prosePages(flow: Flow, messages: Messages): ProsePage[] {
  const s = (k: string) => lookup(messages, k) as string | undefined;
  return Object.entries(flow.nodes).map(([id, node]) => {
    if (isQuestion(node)) {
      return {
        errand: flow.id,
        node: id,
        // Option labels are list items (often names, such as the 21 regions), not prose.
        text: prose([s(textKeys.question(id, 'title')), s(textKeys.question(id, 'hint'))]),
      };
    }
    return {
      errand: flow.id,
      node: id,
      text: prose([
        s(textKeys.outcome(id, 'title')),
        s(textKeys.outcome(id, 'intro')),
        ...node.steps.flatMap((st) => ['title', 'say', 'bring', 'next', 'ifNo'].map((p) => s(textKeys.step(id, st.id, p)))),
      ]),
    };
  });
}
