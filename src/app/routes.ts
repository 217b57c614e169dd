import type { SnapshotFrom } from 'xstate';
import type { FlowMachine } from '../machines/flowMachine';
import { isErrand } from '../stores/catalogue';
import { PAGES, pageAt, type PageKind } from './pages';
export type { PageKind };

/**
 * Where the person is. Only page positions go in the URL, after '#': never an
 * answer, and never an outcome id (an outcome id would reveal answers).
 */
export type Route =
  | { kind: 'start' }
  | { kind: PageKind }
  | { kind: 'errand'; errand: string; pos: string }
  | { kind: 'share'; text: string }
  /** A letter being written: which one, and which question ('brev' for the letter itself). Never an answer. */
  | { kind: 'letter'; letter: string; pos: string }
  | { kind: 'missing' };

export const REVIEW = 'kontroll';
export const RESULT = 'plan';

export function parseHash(hash: string): Route {
  // Only '#/…' is a page; '#main' (the skip link, followed before the script ran) is the start page.
  if (hash && !hash.startsWith('#/')) return { kind: 'start' };
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A hand-edited or cut link with a broken %-escape: treat it as a broken share link.
    return hash.startsWith('#/dela/') ? { kind: 'share', text: '' } : { kind: 'missing' };
  }
  if (parts.length === 0) return { kind: 'start' };
  const page = pageAt(parts[0]!);
  if (page && parts.length === 1) return { kind: page };
  // A shared plan: the text stays after '#', so no server ever sees it.
  if (parts[0] === 'dela') return { kind: 'share', text: parts.slice(1).join('/') };
  if (parts[0] === 'brev' && parts.length >= 2 && parts.length <= 3 && /^[a-z0-9-]+$/.test(parts[1]!)) return { kind: 'letter', letter: parts[1]!, pos: parts[2] ?? '0' };
  if (isErrand(parts[0]!) && parts.length <= 2) return { kind: 'errand', errand: parts[0]!, pos: parts[1] ?? '' };
  return { kind: 'missing' };
}

export function hashOf(r: Route): string {
  if (r.kind in PAGES) return `#/${PAGES[r.kind as PageKind].hash}`;
  switch (r.kind) {
    case 'start':
      return '#/';
    case 'errand':
      return `#/${r.errand}/${r.pos}`;
    case 'share':
      return `#/dela/${r.text}`;
    case 'letter':
      return `#/brev/${r.letter}/${r.pos}`;
    default:
      return '#/saknas';
  }
}

export type FlowSnapshot = SnapshotFrom<FlowMachine>;

export function positionOf(snap: FlowSnapshot): string {
  const v = snap.value as string | Record<string, string>;
  if (typeof v === 'string') return v;
  return Object.values(v)[0] === 'result' ? RESULT : REVIEW;
}

