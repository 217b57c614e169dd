import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readCatalogueFromDisk, readStamps } from '../../scripts/lib/disk-catalogue';
import { main as contentCheck } from '../../scripts/content-check';
import { lagging, showNotReviewed, sourceHash, stamp, staleByLanguageOf } from '../../src/engine/staleness';

describe('translations that cannot go stale unnoticed', () => {
  it('hashes a Swedish text with 32-bit FNV-1a (known values)', () => {
    // Reference values of FNV-1a 32 (draft-eastlake-fnv): "" and "a".
    expect(sourceHash('')).toBe('811c9dc5');
    expect(sourceHash('a')).toBe('e40c292c');
    expect(sourceHash('Jag är sjuk')).not.toBe(sourceHash('Jag är sjuk.'));
  });

  it('a translation made from today\'s Swedish does not lag; one made from an older Swedish does, by key', () => {
    const sv = { sjuk: { title: 'Jag är sjuk och kan inte arbeta', summary: 'Vem du kontaktar.' } };
    const fi = { sjuk: { title: 'Olen sairas enkä voi tehdä töitä', summary: 'Keneen otat yhteyttä.' } };
    const stamps = stamp(sv, fi);
    expect(lagging(sv, fi, stamps)).toEqual([]);
    const changed = { sjuk: { ...sv.sjuk, title: 'Jag är sjuk' } };
    expect(lagging(changed, fi, stamps)).toEqual([{ ns: 'sjuk', key: 'title', reason: 'changed' }]);
    // Stamping one text again (after updating its translation) clears only that one.
    expect(lagging(changed, fi, stamp(changed, fi, stamps, ['sjuk:title']))).toEqual([]);
    // No record at all is a lag too; a text only in Swedish (a letter's template) is not a translation.
    expect(lagging({ ...sv, letters: { a: { template: { heading: 'Fullmakt' }, title: 'Skriv en fullmakt' } } }, { ...fi, letters: { a: { title: 'Kirjoita valtakirja' } } }, stamps))
      .toEqual([{ ns: 'letters', key: 'a.title', reason: 'unstamped' }]);
  });

  it('the app shows "not reviewed" on every page of an unreviewed language, and on a reviewed one where the page\'s texts lag', () => {
    expect(showNotReviewed({ lang: 'fi', reviewed: false, pageNs: 'sjuk', stale: [] })).toBe(true);
    expect(showNotReviewed({ lang: 'fi', reviewed: true, pageNs: 'sjuk', stale: [] })).toBe(false);
    expect(showNotReviewed({ lang: 'fi', reviewed: true, pageNs: 'sjuk', stale: ['sjuk'] })).toBe(true);
    expect(showNotReviewed({ lang: 'fi', reviewed: true, pageNs: 'pengar', stale: ['sjuk'] })).toBe(false);
    expect(showNotReviewed({ lang: 'fi', reviewed: true, pageNs: 'pengar', stale: ['common'] })).toBe(true);
    expect(showNotReviewed({ lang: 'sv', reviewed: true, pageNs: 'sjuk', stale: ['sjuk'] })).toBe(false);
  });

  it('with a fixture: content:check lists the lagging English texts by key, and the build tells the app which pages lag', () => {
    // A copy of the project's flows and locales, with the fixture's records of what English was made from.
    const root = mkdtempSync(join(tmpdir(), 'stale-'));
    symlinkSync(join(process.cwd(), 'flows'), join(root, 'flows'));
    symlinkSync(join(process.cwd(), 'locales'), join(root, 'locales'));
    cpSync(join(process.cwd(), 'translations'), join(root, 'translations'), { recursive: true });
    const en = JSON.parse(readFileSync(join(root, 'translations', 'en.json'), 'utf8'));
    en.sjuk.title = sourceHash('Jag är sjuk');
    delete en.sjuk.summary;
    writeFileSync(join(root, 'translations', 'en.json'), JSON.stringify(en));

    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const code = contentCheck(['--strict'], root);
    log.mockRestore();
    const out = lines.join('\n');
    expect(out).toMatch(/ {2}en: 2\n {4}sjuk:title \(the Swedish has changed\)\n {4}sjuk:summary \(no record of its Swedish source\)/);
    expect(out).toMatch(/ {2}ar: none/);
    expect(code).toBe(1);

    const cat = readCatalogueFromDisk(root);
    expect(staleByLanguageOf(cat.locales as never, readStamps(root))).toEqual({ en: ['sjuk'] });
  });

  it('every translation in the project is recorded as made from today\'s Swedish', () => {
    const cat = readCatalogueFromDisk(process.cwd());
    expect(staleByLanguageOf(cat.locales as never, readStamps(process.cwd()))).toEqual({});
  });
});

describe('the review document for one language beside Swedish', () => {
  it('has every Swedish text beside its translation, and marks the ones that lag', async () => {
    const { renderBeside } = await import('../../scripts/lib/review-beside');
    const cat = readCatalogueFromDisk(process.cwd());
    const stamps = readStamps(process.cwd()).en!;
    const html = renderBeside(cat, 'en', { ...stamps, sjuk: { ...stamps.sjuk, title: sourceHash('Jag är sjuk') } });
    expect(html).toContain('<td lang="sv">Jag är sjuk och kan inte arbeta</td>');
    expect(html).toMatch(/<tr class="lag"><td><small>title<\/small><\/td><td lang="sv">Jag är sjuk och kan inte arbeta<\/td><td lang="en" dir="ltr">[^<]+<\/td><td>svenskan har ändrats<\/td>/);
    // A letter's template is Swedish only: shown, with no translation.
    expect(html).toMatch(/<td><small>omprovning-fk\.template\.heading<\/small><\/td><td lang="sv">Begäran om omprövning<\/td><td lang="en" dir="ltr">–<\/td><td>bara svenska<\/td>/);
    expect((html.match(/class="lag"/g) ?? []).length).toBe(1);
  });
});
