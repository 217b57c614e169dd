import type { Plugin } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../vite.config';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { errandOrder } from '../../src/engine/load';
import { indexInPage } from '../../src/stores/start-index';

// The app takes the start page's errand list from the page the build
// rendered into index.html, instead of fetching it again (ADR 10, addendum):
// what the build writes must read back as the same list, in the same order.
describe('the errand list in the start page', () => {
  const cat = readCatalogueFromDisk(process.cwd());
  const plugin = (config.plugins as Plugin[]).flat().find((p) => p?.name === 'forsta-steget:errand-index')!;
  const hook = plugin.transformIndexHtml as (html: string) => Promise<string>;
  let html = '';
  beforeAll(async () => {
    html = await hook('<div id="root"></div><noscript><!--first-contacts--></noscript>');
  }, 30_000);
  const page = () => {
    const doc = document.implementation.createHTMLDocument();
    doc.body.innerHTML = html;
    return doc.getElementById('root')!;
  };

  it('reads back as every errand, in start-page order, with its Swedish title and summary', () => {
    const index = indexInPage(page());
    expect(index?.order).toEqual(errandOrder(cat));
    for (const id of errandOrder(cat)) {
      const m = cat.locales.sv![id] as { title: string; summary: string };
      expect(index?.titles[id]).toEqual({ title: m.title, summary: m.summary });
    }
  });

  it('gives nothing for a page without the list or with a link it cannot read, so the app fetches the list', () => {
    const root = page();
    root.querySelector('.errand-link__title')!.remove();
    expect(indexInPage(root)).toBeUndefined();
    const other = page();
    other.querySelector('a.errand-link')!.setAttribute('href', 'https://example.org/');
    expect(indexInPage(other)).toBeUndefined();
    expect(indexInPage(document.createElement('div'))).toBeUndefined();
  });
});
