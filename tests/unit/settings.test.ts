import { beforeEach, describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { createSettings, DISPLAY_KEY } from '../../src/stores/settings';

const make = () => createRoot(() => createSettings());

describe('display settings, kept on the device only by their own choice', () => {
  beforeEach(() => localStorage.clear());

  it('stores nothing until the person chooses to keep them', () => {
    const s = make();
    s.set('theme', 'dark');
    expect(localStorage.getItem(DISPLAY_KEY)).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('dark');
    s.keep(true);
    expect(JSON.parse(localStorage.getItem(DISPLAY_KEY)!)).toMatchObject({ theme: 'dark' });
    s.set('text', '3');
    expect(JSON.parse(localStorage.getItem(DISPLAY_KEY)!)).toMatchObject({ theme: 'dark', text: '3' });
  });

  it('comes back on the next visit, and "Glöm allt" forgets it and resets the page', () => {
    const a = make();
    a.set('text', '4');
    a.keep(true);
    const b = make();
    expect(b.settings().text).toBe('1');
    b.load();
    expect(b.settings().text).toBe('4');
    expect(b.kept()).toBe(true);
    b.forget();
    expect(localStorage.getItem(DISPLAY_KEY)).toBeNull();
    expect(b.kept()).toBe(false);
    expect(b.settings().text).toBe('1');
    expect(document.documentElement.dataset.text).toBe('1');
  });

  it('turning the choice off removes what was stored; unreadable data is dropped', () => {
    const a = make();
    a.keep(true);
    a.keep(false);
    expect(localStorage.getItem(DISPLAY_KEY)).toBeNull();
    localStorage.setItem(DISPLAY_KEY, '{not json');
    const b = make();
    b.load();
    expect(b.kept()).toBe(false);
    expect(localStorage.getItem(DISPLAY_KEY)).toBeNull();
  });
});
