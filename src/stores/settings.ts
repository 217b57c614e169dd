import { createSignal } from 'solid-js';
import { deviceStorage } from './device';

/**
 * "Visning": text size, line spacing and theme. Kept on the device only if the
 * person chooses "Spara visningen på den här enheten" where they change them —
 * a choice of its own, apart from saving answers; "Glöm allt" clears it.
 */
export const DISPLAY_KEY = 'forsta-steget-visning';

const device = () => deviceStorage('local');
export const TEXT_SIZES = ['1', '2', '3', '4'] as const;
export const SPACINGS = ['normal', 'more'] as const;
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;

export type Settings = { text: (typeof TEXT_SIZES)[number]; spacing: (typeof SPACINGS)[number]; theme: (typeof THEMES)[number] };

const DEFAULTS: Settings = { text: '1', spacing: 'normal', theme: 'system' };

export function createSettings() {
  const [settings, setSettings] = createSignal<Settings>({ ...DEFAULTS });
  const [kept, setKept] = createSignal(false);
  const write = () => {
    try {
      device()?.setItem(DISPLAY_KEY, JSON.stringify(settings()));
    } catch {
      /* storage blocked or full: the choice lasts for this visit */
    }
  };
  const remove = () => {
    try {
      device()?.removeItem(DISPLAY_KEY);
    } catch {
      /* nothing stored */
    }
  };

  const apply = (s: Settings) => {
    if (typeof document === 'undefined') return;
    const el = document.documentElement;
    el.dataset.text = s.text;
    el.dataset.spacing = s.spacing;
    // "system" leaves the choice to prefers-color-scheme and prefers-contrast.
    if (s.theme === 'system') delete el.dataset.theme;
    else el.dataset.theme = s.theme;
  };

  function set<K extends keyof Settings>(key: K, value: Settings[K]) {
    const next = { ...settings(), [key]: value };
    setSettings(next);
    apply(next);
    if (kept()) write();
  }

  /** "Spara visningen på den här enheten", on or off. */
  function keep(on: boolean) {
    setKept(on);
    if (on) write();
    else remove();
  }

  /** Reads what this device keeps, if anything (unreadable data is dropped). */
  function load() {
    let raw: string | null | undefined;
    try {
      raw = device()?.getItem(DISPLAY_KEY);
    } catch {
      return;
    }
    if (!raw) return;
    try {
      restore(JSON.parse(raw) as Record<string, string>);
      setKept(true);
    } catch {
      remove();
    }
  }

  /** "Glöm allt": the device forgets the display too, and the page looks as it first did. */
  function forget() {
    remove();
    setKept(false);
    reset();
  }

  /** Restores stored settings, ignoring any value this version does not know. */
  function restore(raw: Record<string, string> | undefined) {
    const s = { ...DEFAULTS };
    if (raw && (TEXT_SIZES as readonly string[]).includes(raw.text ?? '')) s.text = raw.text as Settings['text'];
    if (raw && (SPACINGS as readonly string[]).includes(raw.spacing ?? '')) s.spacing = raw.spacing as Settings['spacing'];
    if (raw && (THEMES as readonly string[]).includes(raw.theme ?? '')) s.theme = raw.theme as Settings['theme'];
    setSettings(s);
    apply(s);
  }

  function reset() {
    setSettings({ ...DEFAULTS });
    apply(DEFAULTS);
  }

  apply(DEFAULTS);
  return { settings, set, restore, reset, kept, keep, load, forget };
}

export type SettingsStore = ReturnType<typeof createSettings>;
