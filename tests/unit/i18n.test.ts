import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { addTexts, initI18n, setLang, t, tx } from '../../src/i18n';

const cat = readCatalogueFromDisk(process.cwd());

describe('t() and tx()', () => {
  beforeAll(() => initI18n(cat, 'sv'));

  it('gives exactly what i18next gives, for plain, composed, interpolated and missing keys', () => {
    for (const key of ['start.title', 'question.next', 'sjuk:title', 'sjuk:questions.situation.title', 'contacts.fk.name', 'finns.inte', 'sjuk:finns.inte'])
      expect(tx(key)).toBe(i18next.t(key));
    expect(t('question.progress', { n: 2, total: 5 })).toBe('Fråga 2 av 5');
    expect(t('question.progress', { n: 2, total: 5 })).toBe(i18next.t('question.progress', { n: 2, total: 5 }));
    // A value missing from the options: i18next decides (it leaves the placeholder).
    expect(t('question.progress', { n: 2 })).toBe(i18next.t('question.progress', { n: 2 }));
    // A text with {{…}} and no values still goes through i18next.
    expect(tx('question.progress')).toBe(i18next.t('question.progress'));
    // An object (a key that names a group, not a text) is not handed out as a text.
    expect(tx('start')).toBe(i18next.t('start'));
  });

  it('follows the language and texts that arrive later', async () => {
    addTexts('en', 'common', cat.locales.en!.common);
    await setLang('en');
    expect(tx('question.next')).toBe((cat.locales.en!.common as { question: { next: string } }).question.next);
    expect(document.documentElement.dir).toBe('ltr');
    addTexts('ar', 'common', cat.locales.ar!.common);
    await setLang('ar');
    expect(document.documentElement.dir).toBe('rtl');
    await setLang('sv');
    expect(tx('question.next')).toBe('Nästa');
  });
});

describe('each language asks for an interpreter in Swedish', () => {
  it('"Jag behöver tolk på <språk>." names the language as Swedish names it, and the app marks it unreviewed', async () => {
    const { readCatalogueFromDisk: read } = await import('../../scripts/lib/disk-catalogue');
    const locales = read(process.cwd()).locales;
    const names: Record<string, string> = { en: 'engelska', ar: 'arabiska', fa: 'persiska', so: 'somaliska', ti: 'tigrinja', pl: 'polska', fi: 'finska' };
    for (const lang of Object.keys(locales).filter((l) => l !== 'sv')) {
      const app = (locales[lang]!.common as { app: Record<string, string> }).app;
      expect(app.interpreterSay, lang).toBe(`Jag behöver tolk på ${names[lang]}.`);
      expect(app.reviewed, lang).toBe('no');
    }
  });
});
