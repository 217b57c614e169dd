/// <reference types="vite/client" />

declare module 'virtual:errand-index' {
  const index: {
    /** Each language named in itself, from its common.json: the menu needs them before the texts load. */
    languageNames: Record<string, string>;
    /** lang → loads the errand ids in start-page order and that language's titles and summaries. */
    titleLoaders: Record<string, () => Promise<{ order: string[]; titles: Record<string, { title: string; summary: string }> }>>;
    /** lang → the namespaces with a text made from an older Swedish text (src/engine/staleness.ts). */
    stale: Record<string, string[]>;
  };
  export default index;
}
