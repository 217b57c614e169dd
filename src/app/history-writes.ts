import { afterPaint } from './after-paint';

/**
 * The address bar and history follow the page a frame later: writing history
 * costs an old phone more than drawing the next question, so the question
 * comes first (ADR 15; ADR 23's figures were measured with it). Writes keep their order; Back and
 * quick exit settle or drop them first. afterPaint runs everything of one
 * frame in one wait, and a flush that finds nothing pending does nothing.
 */
export function createHistoryWrites() {
  const pending: (() => void)[] = [];
  const flush = () => {
    for (const write of pending.splice(0)) write();
  };
  return {
    /** Writes after the frame that draws the page. */
    later(write: () => void) {
      pending.push(write);
      afterPaint(flush);
    },
    /** Writes what is waiting now (before Back reads history). */
    flush,
    /** Forgets what is waiting (the browser has moved already, or the person left). */
    drop() {
      pending.length = 0;
    },
  };
}
