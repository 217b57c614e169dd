/**
 * The app's languages in menu order, and their writing direction: Swedish,
 * English, and the languages Swedish care and authorities most often need
 * (Arabic, Persian – which Dari readers can use –, Somali, Tigrinya, Polish)
 * and Finnish, a national minority language. A language is offered only
 * when its locales/<lang>/ exists. No
 * dependencies, so the build (vite.config.ts) and the app share one list.
 */
export const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'pl', 'fi'] as const;
export type Lang = (typeof LANGUAGES)[number];

const RTL: ReadonlySet<string> = new Set(['ar', 'fa']);
export const dirOf = (l: string): 'rtl' | 'ltr' => (RTL.has(l) ? 'rtl' : 'ltr');
