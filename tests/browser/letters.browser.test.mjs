// "Skriv brevet": one question a page, then the letter in Swedish on A4, to
// print or copy. Nothing is sent, and nothing written is in the address.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { axeCheck, loadContent, overflowX, rememberedOutcome, serverAndBrowser, settle, chooseLanguage } from './harness.mjs';

const { sv, en } = loadContent().locales;
const env = serverAndBrowser();
const L = sv.letters['overklagande-kommun'].fields;

describe('writing a letter', () => {
  it('an appeal of a kommun decision: from the outcome, a question a page, then the letter with every answer, printed alone', async () => {
    const { ctx, p } = await rememberedOutcome(env, 'overklaga', { vem: 'kommun' }, { width: 320 });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const requests = [];
    ctx.on('request', (r) => requests.push(r.url()));
    await p.getByRole('link', { name: 'Skriv brevet' }).click();
    await settle(p);
    const answers = {
      mottagare: 'Socialnämnden\nKarlstads kommun\n651 84 Karlstad',
      beslut: 'Beslut om boendestöd den 1 december 2026',
      andring: 'Jag vill få boendestöd två gånger i veckan.',
      varfor: '',
      bilagor: '',
      namn: 'Anna Andersson',
      personnummer: '19800101-1234',
      adress: 'Storgatan 1\n123 45 Karlstad',
      telefon: '',
    };
    for (const [field, text] of Object.entries(answers)) {
      const h1 = p.locator('main h1');
      await p.locator('main h1', { hasText: L[field].label }).waitFor();
      await settle(p);
      assert.ok(await h1.evaluate((el) => el === document.activeElement), `focus on the question "${L[field].label}"`);
      assert.match(await p.title(), /^Brev, fråga \d+ – Första steget$/);
      if (text) await p.getByLabel(L[field].label).fill(text);
      await p.getByRole('button', { name: 'Nästa', exact: true }).click();
      await settle(p);
    }
    await p.locator('main h1', { hasText: 'Ditt brev' }).waitFor();
    await settle(p);
    assert.equal(await p.title(), 'Ditt brev – Första steget');
    const letter = p.locator('article.letter');
    const text = await letter.innerText();
    for (const line of ['Socialnämnden', 'Karlstads kommun', '651 84 Karlstad', 'Överklagande', 'Jag överklagar detta beslut: Beslut om boendestöd den 1 december 2026', 'Jag vill att beslutet ändras så här: Jag vill få boendestöd två gånger i veckan.', 'Anna Andersson', 'Personnummer: 19800101-1234', 'Storgatan 1']) {
      assert.ok(text.includes(line), `the letter says "${line}"`);
    }
    assert.ok(!text.includes('Skälen är'), 'an optional answer left empty leaves its paragraph out');
    assert.equal(await letter.getAttribute('lang'), 'sv');
    assert.equal(await overflowX(p), 0);
    assert.deepEqual(await axeCheck(p), []);
    // Nothing written is in the address, and nothing went anywhere but this origin.
    assert.match(await p.evaluate(() => location.hash), /^#\/brev\/overklagande-kommun\/brev$/);
    assert.ok(requests.every((u) => u.startsWith(env.server.origin)), requests.filter((u) => !u.startsWith(env.server.origin)).join(', '));

    await p.getByRole('button', { name: 'Kopiera texten' }).click();
    await p.getByText('Texten är kopierad.').waitFor();
    assert.match(await p.evaluate(() => navigator.clipboard.readText()), /Överklagande\n\nJag överklagar detta beslut: Beslut om boendestöd/);

    // On paper: the letter alone, as PDF text.
    await p.emulateMedia({ media: 'print' });
    assert.equal(await p.locator('main h1').isVisible(), false, 'the page heading is not on the paper');
    const dir = mkdtempSync(join(tmpdir(), 'brev-'));
    writeFileSync(join(dir, 'brev.pdf'), await p.pdf({ format: 'A4' }));
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'brev.pdf'), '-'], { encoding: 'utf8' });
    assert.match(pdf, /Överklagande/);
    assert.match(pdf, /Anna Andersson/);
    assert.doesNotMatch(pdf, /Kopiera texten|Lämna sidan snabbt/);
    await ctx.close();
  });

  it('required answers left empty: the letter has lines to fill in by hand, and the page names them', async () => {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/brev/omprovning-fk/brev`);
    await settle(p);
    await p.getByText('Några rader är tomma. Fyll i dem för hand innan du skickar brevet.').waitFor();
    await p.getByRole('listitem').filter({ hasText: sv.letters['omprovning-fk'].fields.beslut.label }).waitFor();
    assert.match(await p.locator('article.letter').innerText(), /Försäkringskassan\s+FE 179\s+839 88 Östersund/);
    assert.match(await p.locator('article.letter').innerText(), /_{10,}/);
    await ctx.close();
  });

  it('a fullmakt from "Jag behöver hjälp med pengar och papper": the letter names who gives it, who gets it and for what', async () => {
    const { ctx, p } = await rememberedOutcome(env, 'god-man', { redan: 'nej', 'hur-mycket': 'lite' });
    await p.getByRole('link', { name: 'Skriv brevet' }).first().click();
    const F = sv.letters.fullmakt.fields;
    const answers = { ombud: 'Kim Berg', galler: 'Prata med Försäkringskassan om min sjukpenning.', myndighet: 'Försäkringskassan', giltig: '', namn: 'Anna Andersson', personnummer: '19800101-1234', adress: '', telefon: '' };
    for (const [field, text] of Object.entries(answers)) {
      await p.locator('main h1', { hasText: F[field].label }).waitFor();
      if (text) await p.getByLabel(F[field].label).fill(text);
      await p.getByRole('button', { name: 'Nästa', exact: true }).click();
    }
    await p.locator('main h1', { hasText: 'Ditt brev' }).waitFor();
    const text = await p.locator('article.letter').innerText();
    for (const line of ['Fullmakt', 'Jag ger Kim Berg fullmakt att företräda mig.', 'Fullmakten gäller: Prata med Försäkringskassan om min sjukpenning.', 'Anna Andersson']) assert.ok(text.includes(line), line);
    assert.ok(!text.includes('till och med'), 'no date given: no end date in the letter');
    // Kept for the tab's life, and forgotten by "Lämna sidan snabbt".
    await p.waitForFunction(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('Kim Berg'));
    await ctx.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>SMHI</title>' }));
    await p.getByRole('link', { name: sv.common.exit.button }).click();
    await p.waitForURL('https://www.smhi.se/**');
    await p.goto(`${env.server.origin}/#/`);
    await settle(p);
    assert.equal(await p.evaluate(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('Kim Berg')), false);
    await ctx.close();
  });
  it('a complaint to IVO from "Klaga på vården": says IVO wants its e-service or form, and the letter holds the earlier complaint', async () => {
    const { ctx, p } = await rememberedOutcome(env, 'klaga-pa-varden', { vad: 'behandling', klagat: 'ja' }, { width: 320 });
    await p.getByRole('link', { name: 'Skriv brevet' }).click();
    const F = sv.letters['klagomal-ivo'].fields;
    const answers = { var: 'Vårdcentralen Centrum i Karlstad', nar: 'Den 3 november 2026', vad: 'Jag fick fel medicin.', tidigare: 'Jag skrev till vårdcentralen den 5 november. De svarade den 1 december.', bilagor: '', namn: 'Anna Andersson', personnummer: '19800101-1234', adress: '', telefon: '' };
    for (const [field, text] of Object.entries(answers)) {
      await p.locator('main h1', { hasText: F[field].label }).waitFor();
      if (text) await p.getByLabel(F[field].label).fill(text);
      await p.getByRole('button', { name: 'Nästa', exact: true }).click();
    }
    await p.locator('main h1', { hasText: 'Ditt brev' }).waitFor();
    await settle(p);
    const form = p.getByRole('region', { name: sv.letters.ui.form });
    for (const para of sv.letters['klagomal-ivo'].form) assert.ok((await form.innerText()).includes(para), para);
    const text = await p.locator('article.letter').innerText();
    for (const line of ['Inspektionen för vård och omsorg (IVO)', 'Klagomål på hälso- och sjukvård', 'Vården gavs här: Vårdcentralen Centrum i Karlstad', 'Jag har först klagat till vården eller patientnämnden. Så här blev det: Jag skrev till vårdcentralen den 5 november.']) assert.ok(text.includes(line), line);
    assert.equal(await overflowX(p), 0);
    assert.deepEqual(await axeCheck(p), []);
    // On paper the letter alone: the note about IVO's form is for the screen.
    await p.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'ivo-'));
    writeFileSync(join(dir, 'ivo.pdf'), await p.pdf({ format: 'A4' }));
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'ivo.pdf'), '-'], { encoding: 'utf8' });
    assert.match(pdf, /Klagomål på hälso- och sjukvård/);
    assert.doesNotMatch(pdf, /Bra att veta innan du skickar/);
    await ctx.close();
  });

  it('in English, Arbetsförmedlingen\'s omprövning: the questions in English, the letter in Swedish, and its own form named', async () => {
    const { ctx, p } = await rememberedOutcome(env, 'overklaga', { vem: 'af' });
    await chooseLanguage(p, 'English');
    await p.waitForFunction(() => document.documentElement.lang === 'en');
    await p.getByRole('link', { name: en.common.letter.write }).click();
    const E = en.letters['omprovning-af'].fields;
    const answers = { beslut: 'Beslut om aktivitetsstöd den 1 december 2026', andring: 'Jag vill få aktivitetsstöd för november.', varfor: '', bilagor: '', namn: 'Anna Andersson', personnummer: '19800101-1234', adress: '', telefon: '' };
    for (const [field, text] of Object.entries(answers)) {
      await p.locator('main h1', { hasText: E[field].label }).waitFor();
      if (text) await p.getByLabel(E[field].label).fill(text);
      await p.getByRole('button', { name: en.letters.ui.next, exact: true }).click();
    }
    await p.locator('main h1', { hasText: en.letters.ui.yourLetter }).waitFor();
    await settle(p);
    await p.getByText(en.letters.ui.inSwedish).waitFor();
    const form = await p.getByRole('region', { name: en.letters.ui.form }).innerText();
    assert.match(form, /Arbetsförmedlingen wants you to use their form/);
    assert.match(form, /0771-416 416/);
    const text = await p.locator('article.letter').innerText();
    assert.match(text, /Begäran om omprövning/);
    assert.match(text, /Jag begär omprövning av detta beslut: Beslut om aktivitetsstöd den 1 december 2026/);
    assert.equal(await p.locator('article.letter').getAttribute('lang'), 'sv');
    assert.deepEqual(await axeCheck(p), []);
    await ctx.close();
  });
});
