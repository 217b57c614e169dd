import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/app/after-paint';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  let visibility: DocumentVisibilityState = 'visible';
  const drawFrame = () => {
    const due = frames;
    frames = [];
    for (const f of due) f(performance.now());
  };
  /** A frame is drawn, then the timers it set run. */
  const paint = () => {
    drawFrame();
    vi.advanceTimersByTime(0);
  };
  const goToBackground = () => {
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
  };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    visibility = 'visible';
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => {
    visibility = 'visible';
    drawFrame();
    vi.runAllTimers();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('runs the work of one frame after that frame, together and in order, and not before it', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    afterPaint(() => ran.push('b'));
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([]);
    paint();
    expect(ran).toEqual(['a', 'b']);
  });

  it('asks for one frame per wait, and sets no timer until that frame', () => {
    afterPaint(() => {});
    afterPaint(() => {});
    expect(frames).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("never runs a later frame's work early, when the tab went to the background during an earlier wait", () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('first'));
    goToBackground();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['first']);
    visibility = 'visible';
    afterPaint(() => ran.push('second'));
    expect(frames).toHaveLength(2);
    // The first wait's frame callback comes late, on its own: it must not run the second wait's work.
    frames.shift()!(performance.now());
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['first']);
    paint();
    expect(ran).toEqual(['first', 'second']);
  });

  it('runs the work by a timer in a tab in the background, and only once when a frame comes later', () => {
    const ran: string[] = [];
    visibility = 'hidden';
    afterPaint(() => ran.push('x'));
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['x']);
    paint();
    expect(ran).toEqual(['x']);
  });

  it('runs the waiting work when the tab goes to the background before the frame', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('y'));
    goToBackground();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['y']);
    paint();
    expect(ran).toEqual(['y']);
  });
});
