import { batch, createSignal } from 'solid-js';
import type { SnapshotFrom } from 'xstate';
import { type FlowEvent, type FlowMachine } from '../machines/flowMachine';
import { nodeOf } from '../machines/node';
import { lang } from '../i18n';
import { catalogue, isErrand, machineFor } from '../stores/catalogue';
import { afterPaint } from './after-paint';

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

interface HistoryState {
  depth: number;
}

/** The app's one piece of state: the route, and the running errand if any. */
export function createSession(hooks: { openShared?: (text: string) => Promise<boolean> } = {}) {
  const [route, setRoute] = createSignal<Route>({ kind: 'start' });
  const [snapshot, setSnapshot] = createSignal<FlowSnapshot>();
  const [errand, setErrand] = createSignal<string>();
  /** Bumped on every page change, so focus can move to the new heading. */
  const [page, setPage] = createSignal(0);
  /**
   * The running errand: its machine and where it stands. XState's pure
   * transition() steps it (the machine has no invoked or delayed actors, so it
   * needs no running actor).
   */
  let run: { machine: FlowMachine; snap: FlowSnapshot; transition: typeof import('xstate').transition } | undefined;
  const next = (e: FlowEvent) => run!.transition(run!.machine, run!.snap, e)[0];
  let depth = 0;
  let errandDepth = 0;

  // The address bar and history follow the page a frame later: writing
  // history costs more than drawing the next question on an old phone, so the
  // question comes first. Writes keep their order; Back and quick exit settle
  // them first (see back() and wipe()).
  // (afterPaint runs everything of one frame in one wait, and a flush that
  // finds nothing pending does nothing.)
  const pending: (() => void)[] = [];
  const flushHistory = () => {
    for (const write of pending.splice(0)) write();
  };
  const later = (write: () => void) => {
    pending.push(write);
    afterPaint(flushHistory);
  };

  const push = (r: Route) => {
    depth += 1;
    const d = depth;
    later(() => history.pushState({ depth: d } satisfies HistoryState, '', hashOf(r)));
    setRoute(r);
    setPage((n) => n + 1);
  };
  const replace = (r: Route) => {
    const d = depth;
    later(() => history.replaceState({ depth: d } satisfies HistoryState, '', hashOf(r)));
    setRoute(r);
  };

  const errandRoute = (): Route => ({ kind: 'errand', errand: errand()!, pos: positionOf(run!.snap) });

  /** Loads the errand's flow and texts (a few kB, on demand), then shows its first question. */
  async function startErrand(id: string, how: 'push' | 'replace' = 'push') {
    const [{ getInitialSnapshot, transition }, machine] = await Promise.all([import('xstate'), machineFor(id, [lang()])]);
    run = { machine, snap: getInitialSnapshot(machine), transition };
    batch(() => {
      setErrand(id);
      setSnapshot(run!.snap);
      if (how === 'push') push(errandRoute());
      else replace(errandRoute());
      errandDepth = depth;
    });
  }

  /** Sends a forward event; a new page gets its own history entry. */
  function send(event: FlowEvent) {
    if (!run) return;
    const before = positionOf(run.snap);
    run.snap = next(event);
    // One update for the new snapshot, route and page: the next question renders once.
    batch(() => {
      setSnapshot(run!.snap);
      if (positionOf(run!.snap) !== before) {
        push(errandRoute());
        errandDepth = depth;
      }
    });
  }

  /** "Tillbaka": the browser's own Back, so both behave the same. */
  function back() {
    flushHistory();
    const st = history.state as HistoryState | null;
    if (st && st.depth > 0) history.back();
    else if (run && route().kind === 'errand' && run.snap.can({ type: 'back' })) {
      // After a reload the browser has no entries for the steps before this
      // one, but the errand remembers them: step back in place.
      run.snap = next({ type: 'back' });
      batch(() => {
        setSnapshot(run!.snap);
        replace(errandRoute());
        setPage((n) => n + 1);
      });
    } else goStart();
  }

  function goStart() {
    push({ kind: 'start' });
  }

  /** Forgets the running errand and its answers. */
  function dropErrand() {
    run = undefined;
    batch(() => {
      setErrand(undefined);
      setSnapshot(undefined);
    });
  }

  function restart() {
    dropErrand();
    push({ kind: 'start' });
  }

  /** A share link: read it, then leave only the page's name in the URL. */
  async function handleShare(text: string) {
    const ok = (await hooks.openShared?.(text)) ?? false;
    replace(ok ? { kind: 'plan' } : { kind: 'start' });
    setPage((n) => n + 1);
  }

  function onPopState() {
    // Back pressed within a frame of a step: the browser has already moved,
    // so the unwritten step is dropped and the depth below puts the errand right.
    pending.length = 0;
    const r = parseHash(location.hash);
    if (r.kind === 'share') {
      void handleShare(r.text);
      return;
    }
    const st = history.state as HistoryState | null;
    const d = st?.depth ?? 0;
    depth = d;
    if (r.kind === 'errand') {
      if (run && errand() === r.errand) {
        // Back through the errand: one machine step per history step.
        for (let i = d; i < errandDepth && run.snap.can({ type: 'back' }); i++) run.snap = next({ type: 'back' });
        setSnapshot(run.snap);
        errandDepth = d;
        replace(errandRoute());
      } else {
        void startErrand(r.errand, 'replace');
      }
    } else {
      setRoute(r);
    }
    setPage((n) => n + 1);
  }

  function init() {
    const r = parseHash(location.hash);
    history.replaceState({ depth: 0 } satisfies HistoryState, '', location.hash ? hashOf(r) : location.pathname);
    // Answers live only in memory, so a reload starts an errand from its first question.
    if (r.kind === 'errand') void startErrand(r.errand, 'replace');
    else if (r.kind === 'share') void handleShare(r.text);
    else setRoute(r);
    window.addEventListener('popstate', onPopState);
  }

  /** Where the person is, to come back to after "ladda om" (a new version). */
  function place() {
    const snap = run?.snap;
    const r = route();
    if (!snap || r.kind !== 'errand') return undefined;
    return { errand: errand()!, answers: { ...snap.context.answers }, pos: r.pos };
  }

  /** Replays answers to the same page: the same question, the review or the plan. */
  async function resume(p: { errand: string; answers: Record<string, string>; pos: string }) {
    if (!isErrand(p.errand)) return;
    await startErrand(p.errand, 'replace');
    const { replayEvents } = await import('../machines/flowMachine');
    if (!run) return;
    for (const e of replayEvents(catalogue.flows[p.errand]!, p.answers)) run.snap = next(e);
    if (p.pos === RESULT) run.snap = next({ type: 'confirm' });
    // Back to a question part-way: step back until the page matches.
    for (let i = 0; i < 50 && p.pos !== RESULT && positionOf(run.snap) !== p.pos && run.snap.can({ type: 'back' }); i++) run.snap = next({ type: 'back' });
    setSnapshot(run.snap);
    replace(errandRoute());
    setPage((n) => n + 1);
  }

  return {
    place,
    resume,
    route,
    snapshot,
    errand,
    page,
    node: () => {
      const s = snapshot();
      return s ? nodeOf(s.value as never) : undefined;
    },
    init,
    startErrand,
    send,
    back,
    goStart,
    restart,
    open: (kind: PageKind) => push({ kind }),
    /** "Glöm allt": forget the running errand; an errand's page gives way to the start page. */
    forget: () => {
      const onErrand = route().kind === 'errand';
      dropErrand();
      if (onErrand) push({ kind: 'start' });
    },
    /** Quick exit: forget the errand in memory and leave the position neutral. */
    wipe: () => {
      dropErrand();
      pending.length = 0;
      history.replaceState({ depth: 0 }, '', location.pathname);
    },
  };
}

export type Session = ReturnType<typeof createSession>;
