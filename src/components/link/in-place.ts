/**
 * Whether a click on a page link is the app's to open in place. A click with
 * Ctrl, Cmd, Shift or Alt, or with any button but the main one (a middle
 * click), is the browser's: a new tab or window, as with any link.
 */
export function opensInPlace(e: MouseEvent): boolean {
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}

/** A click handler for a page link: opens it in place, or leaves it to the browser. */
export const inPlace = (open: () => void) => (e: MouseEvent) => {
  if (!opensInPlace(e)) return;
  e.preventDefault();
  open();
};
