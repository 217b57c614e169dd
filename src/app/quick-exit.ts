import { onCleanup } from 'solid-js';
import { clearTab } from '../stores/tab-memory';
import { EXIT_URL } from './exit';

/**
 * "Lämna sidan snabbt", as GOV.UK's "Exit this page": forget, empty the
 * screen and replace the page (so Back does not find it), from the button or
 * from Shift pressed three times within two seconds. A page brought back from
 * the browser's memory afterwards reloads empty. Call inside a component.
 */
export function createQuickExit(forget: () => void) {
  let leaving = false;
  const leave = () => {
    leaving = true;
    clearTab(true);
    forget();
    document.title = '';
    document.getElementById('root')?.replaceChildren();
    location.replace(EXIT_URL);
  };
  let shifts: number[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Shift' || e.repeat) return;
    const now = e.timeStamp;
    shifts = [...shifts.filter((x) => now - x < 2000), now];
    if (shifts.length >= 3) leave();
  };
  const onShow = (e: PageTransitionEvent) => {
    if (e.persisted && leaving) location.reload();
  };
  document.addEventListener('keydown', onKey);
  window.addEventListener('pageshow', onShow);
  onCleanup(() => {
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('pageshow', onShow);
  });
  return { leave, leaving: () => leaving };
}
