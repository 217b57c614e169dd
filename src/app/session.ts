import { batch, createSignal } from 'solid-js';
import { type FlowEvent, type FlowMachine } from '../machines/flowMachine';
import { nodeOf } from '../machines/node';
import { lang } from '../i18n';
import { catalogue, isErrand, machineFor } from '../stores/catalogue';
import { createHistoryWrites } from './history-writes';
import { type FlowSnapshot, hashOf, parseHash, positionOf, RESULT, type PageKind, type Route } from './routes';
export type { PageKind, Route };

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

  const writes = createHistoryWrites();
  const later = writes.later;

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
    writes.flush();
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
    writes.drop();
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
    /** A letter's question `pos` ('brev': the letter), each a page of its own in the history. */
    openLetter: (letter: string, pos: string) => push({ kind: 'letter', letter, pos }),
    /** "Glöm allt": forget the running errand; an errand's page gives way to the start page. */
    forget: () => {
      const onErrand = route().kind === 'errand';
      dropErrand();
      if (onErrand) push({ kind: 'start' });
    },
    /** Quick exit: forget the errand in memory and leave the position neutral. */
    wipe: () => {
      dropErrand();
      writes.drop();
      history.replaceState({ depth: 0 }, '', location.pathname);
    },
  };
}

export type Session = ReturnType<typeof createSession>;
