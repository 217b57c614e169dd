import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/app/after-paint';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  const drawFrame = () => {
    const due = frames;
    frames = [];
    for (const f of due) f(performance.now());
  };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  });
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work of one frame after that frame, together and in order', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    afterPaint(() => ran.push('b'));
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([]);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'b']);
  });

  it("never runs a later frame's work before that frame, through the earlier wait's timer", () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('first'));
    vi.advanceTimersByTime(50);
    drawFrame();
    vi.advanceTimersByTime(0);
    afterPaint(() => ran.push('second'));
    // The first wait's fallback timer comes due: the second frame is not drawn yet.
    vi.advanceTimersByTime(50);
    expect(ran).toEqual(['first']);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['first', 'second']);
  });

  it('runs the work by the timer in a tab that draws no frames, and only once when a frame comes later', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('x'));
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['x']);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['x']);
  });
});
