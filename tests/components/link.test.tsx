import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { inPlace } from '../../src/components/link/in-place';

afterEach(cleanup);

describe('page links: in place, or the browser\'s with a modifier or middle click', () => {
  const renderLink = () => {
    const opened: string[] = [];
    render(() => (
      <a href="#/min-plan" onClick={inPlace(() => opened.push('plan'))}>
        Min plan
      </a>
    ));
    return { link: screen.getByRole('link', { name: 'Min plan' }), opened };
  };

  it('opens a plain click in place and stops the browser from following it', () => {
    const { link, opened } = renderLink();
    const followed = fireEvent.click(link, { button: 0 });
    expect(opened).toEqual(['plan']);
    expect(followed).toBe(false);
  });

  for (const [what, init] of [
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['a middle click', { button: 1 }],
  ] as const) {
    it(`leaves ${what} to the browser (a new tab or window)`, () => {
      const { link, opened } = renderLink();
      const followed = fireEvent.click(link, { button: 0, ...init });
      expect(opened).toEqual([]);
      expect(followed).toBe(true);
    });
  }
});
