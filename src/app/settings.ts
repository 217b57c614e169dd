import { createSignal } from 'solid-js';

/** "Visning": text size, line spacing and theme. Only stored if the person chose to save (Min plan). */
export const TEXT_SIZES = ['1', '2', '3', '4'] as const;
export const SPACINGS = ['normal', 'more'] as const;
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;

export type Settings = { text: (typeof TEXT_SIZES)[number]; spacing: (typeof SPACINGS)[number]; theme: (typeof THEMES)[number] };

const DEFAULTS: Settings = { text: '1', spacing: 'normal', theme: 'system' };

export function createSettings(onChange: () => void = () => {}) {
  const [settings, setSettings] = createSignal<Settings>({ ...DEFAULTS });

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
    onChange();
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
  return { settings, set, restore, reset };
}

export type SettingsStore = ReturnType<typeof createSettings>;
