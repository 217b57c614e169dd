import type { CommonKey } from '../i18n/keys';

/**
 * The one page table: every page with no state of its own, its address after
 * '#/' and the key of its title (the tab's title and the page's h1).
 */
export const PAGES = {
  crisis: { hash: 'hjalp', title: 'crisis.title' },
  plan: { hash: 'min-plan', title: 'plan.title' },
  ombud: { hash: 'for-ombud', title: 'ombud.title' },
  many: { hash: 'flera', title: 'many.title' },
  display: { hash: 'visning', title: 'display.title' },
  a11y: { hash: 'tillganglighet', title: 'a11y.title' },
  privacy: { hash: 'integritet', title: 'privacy.title' },
} as const satisfies Record<string, { hash: string; title: CommonKey }>;

export type PageKind = keyof typeof PAGES;

/** The page whose address is this, if any. */
export const pageAt = (hash: string): PageKind | undefined => (Object.keys(PAGES) as PageKind[]).find((k) => PAGES[k].hash === hash);
