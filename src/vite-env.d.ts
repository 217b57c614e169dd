/// <reference types="vite/client" />

declare module 'virtual:errand-index' {
  const index: {
    /** Each language named in itself, from its common.json: the menu needs them before the texts load. */
    languageNames: Record<string, string>;
    /** lang → loads the errand ids in start-page order and that language's titles and summaries. */
    /** lang → loads, with that language, the errand ids, its titles, and its namespaces whose translation lags (src/engine/staleness.ts). */
    titleLoaders: Record<string, () => Promise<{ order: string[]; titles: Record<string, { title: string; summary: string }>; stale?: string[] }>>;
  };
  export default index;
}
