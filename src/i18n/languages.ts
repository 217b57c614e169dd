/**
 * The app's languages in menu order, and their writing direction. No
 * dependencies, so the build (vite.config.ts) and the app share one list.
 */
export const LANGUAGES = ['sv', 'en', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];

const RTL: ReadonlySet<string> = new Set(['ar']);
export const dirOf = (l: string): 'rtl' | 'ltr' => (RTL.has(l) ? 'rtl' : 'ltr');
