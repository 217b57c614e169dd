import { describe, expect, it } from 'vitest';
import { PAGES, pageAt, type PageKind } from '../../src/app/pages';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { lookup } from '../../src/engine/validate';

const cat = readCatalogueFromDisk(process.cwd());

describe('the page table', () => {
  it('gives each page the address people know, written out here', () => {
    expect(Object.fromEntries(Object.entries(PAGES).map(([k, v]) => [k, v.hash]))).toEqual({
      crisis: 'hjalp',
      plan: 'min-plan',
      ombud: 'for-ombud',
      many: 'flera',
      display: 'visning',
      a11y: 'tillganglighet',
      privacy: 'integritet',
    });
  });

  it('reads each address back to its page', () => {
    for (const kind of Object.keys(PAGES) as PageKind[]) expect(pageAt(PAGES[kind].hash)).toBe(kind);
    expect(pageAt('finns-inte')).toBeUndefined();
  });

  it('names a title that every language has', () => {
    for (const lang of Object.keys(cat.locales)) {
      for (const p of Object.values(PAGES)) expect(typeof lookup(cat.locales[lang]!.common, p.title), `${lang}: ${p.title}`).toBe('string');
    }
  });
});
