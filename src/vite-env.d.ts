/// <reference types="vite/client" />

declare module 'virtual:errand-index' {
  const index: {
    /** Errand ids in start-page order. */
    order: string[];
    /** Each language named in itself, from its common.json: the menu needs them before the texts load. */
    languageNames: Record<string, string>;
    /** lang → errand → the start page's title and summary. */
    titles: Record<string, Record<string, { title: string; summary: string }>>;
    /** lang → loads that language's titles (the source language's are in `titles`). */
    titleLoaders: Record<string, () => Promise<Record<string, { title: string; summary: string }>>>;
  };
  export default index;
}
