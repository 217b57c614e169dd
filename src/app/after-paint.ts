const queue: (() => void)[] = [];
let scheduled = false;

function flush() {
  scheduled = false;
  for (const fn of queue.splice(0)) fn();
}

/**
 * Runs `fn` once the next frame is on screen: for work the person does not
 * see (the address bar, the tab's title), so the next question is drawn
 * first. Calls in the same frame share one wait and run in order. A tab in
 * the background draws no frames, so a timer runs them there.
 */
export function afterPaint(fn: () => void): void {
  queue.push(fn);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => setTimeout(flush));
  setTimeout(flush, 100);
}
