const queue: (() => void)[] = [];
/** Which wait is current: a wait can end in two ways, and only its own first one runs the queue. */
let wait = 0;
let scheduled = false;
let watching = false;

function flush(of: number) {
  if (!scheduled || of !== wait) return;
  scheduled = false;
  for (const fn of queue.splice(0)) fn();
}

/** A tab in the background draws no frames: what waits for one runs by a timer there instead. */
const inBackground = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
function watchVisibility() {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('visibilitychange', () => {
    if (scheduled && inBackground()) {
      const of = wait;
      setTimeout(() => flush(of));
    }
  });
}

/**
 * Runs `fn` once the next frame is on screen: for work the person does not
 * see (the address bar, the tab's title), so the next question is drawn
 * first. Calls in the same frame share one wait and run in order. A tab in
 * the background draws no frames, so there (or when the tab goes to the
 * background during the wait) a timer runs them; whichever way comes second
 * does nothing, so it never runs a later frame's work early. On screen this
 * asks for one frame callback only: on an old phone each timer set costs
 * time in the step it is set from.
 */
export function afterPaint(fn: () => void): void {
  queue.push(fn);
  if (scheduled) return;
  scheduled = true;
  watchVisibility();
  const of = ++wait;
  if (inBackground()) setTimeout(() => flush(of));
  else requestAnimationFrame(() => setTimeout(() => flush(of)));
}
