/** The errand ids in start-page order, with each errand's start-page title and summary in one language. */
export interface ErrandIndex {
  order: string[];
  titles: Record<string, { title: string; summary: string }>;
}

/**
 * The errand list of the start page that the build rendered into index.html
 * (in Swedish): its links are the errand ids in order, with their titles and
 * summaries. The app reads them from there instead of fetching the same list
 * again before it can take over. Undefined if the page has no such list.
 */
export function indexInPage(root: ParentNode): ErrandIndex | undefined {
  const order: string[] = [];
  const titles: ErrandIndex['titles'] = {};
  for (const a of root.querySelectorAll('a.errand-link')) {
    const id = /^#\/([\w-]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1];
    const title = a.querySelector('.errand-link__title')?.textContent;
    const summary = a.querySelector('.errand-link__summary')?.textContent;
    if (!id || !title || summary == null) return undefined;
    order.push(id);
    titles[id] = { title, summary };
  }
  return order.length ? { order, titles } : undefined;
}
