/**
 * Runs `fn` once the next frame is on screen: for work the person does not
 * see (the address bar, the tab's title), so the next question is drawn
 * first. A tab in the background draws no frames, so a timer runs it there.
 */
export function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, 100);
}
