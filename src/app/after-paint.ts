const queue: (() => void)[] = [];
/** Which wait is current: each wait has two ways to end, and only its own first one runs the queue. */
let wait = 0;
let scheduled = false;

function flush(of: number) {
  if (!scheduled || of !== wait) return;
  scheduled = false;
  for (const fn of queue.splice(0)) fn();
}

/**
 * Runs `fn` once the next frame is on screen: for work the person does not
 * see (the address bar, the tab's title), so the next question is drawn
 * first. Calls in the same frame share one wait and run in order. A tab in
 * the background draws no frames, so a timer runs them there; whichever
 * comes second does nothing, so it never runs a later frame's work early.
 */
export function afterPaint(fn: () => void): void {
  queue.push(fn);
  if (scheduled) return;
  scheduled = true;
  const of = ++wait;
  requestAnimationFrame(() => setTimeout(() => flush(of)));
  setTimeout(() => flush(of), 100);
}
