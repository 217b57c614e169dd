// "Var bor du?": choosing a kommun on an outcome shows that kommun's and
// region's body, number and page on every local step. Expected numbers are
// written here by hand from the kommun's own page (flows/places/ keeps the
// page and date), not read from the data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeCheck, loadContent, overflowX, rememberedOutcome, serverAndBrowser, settle, chooseLanguage } from './harness.mjs';

const sv = loadContent().locales.sv;
const env = serverAndBrowser();

const outcome = (errand, answers, opts) => rememberedOutcome(env, errand, answers, opts);

/** Types part of a name into "Din kommun" and takes the first suggestion with the keyboard. */
async function choose(p, typed) {
  const box = p.getByRole('combobox', { name: 'Din kommun' });
  await box.click();
  await box.pressSequentially(typed);
  await p.getByRole('option').first().waitFor();
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('Enter');
  await p.getByText(/^Du bor i /).waitFor();
}

const step = (p, title) => p.locator('ol.steps > li').filter({ has: p.getByRole('heading', { name: new RegExp(title) }) });

describe('where you live', () => {
  it('"Pengarna räcker inte" in Karlstad: the kommun\'s switchboard as a tel: link, and what to ask for', async () => {
    const { ctx, p } = await outcome('pengar', { ersattning: 'nej', beslut: 'nej' });
    await p.getByRole('heading', { name: 'Var bor du?' }).waitFor();
    await choose(p, 'karlst');
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'Du bor i Karlstad. Din region är Region Värmland.', 'focus on what changed');
    const s = step(p, sv.pengar.outcomes.bistand.steps.ansok.title);
    await s.getByText('I Karlstad').waitFor();
    assert.equal(await s.getByRole('link', { name: '054-540 00 00' }).getAttribute('href'), 'tel:0545400000');
    await s.getByText('Be att få prata med ekonomiskt bistånd.').waitFor();
    assert.match(await s.innerText(), /Uppgiften kontrollerad \d+ \p{L}+ \d{4}/u);
    assert.deepEqual(await axeCheck(p), []);
    await ctx.close();
  });

  it('"Jag har skulder" in Grästorp: the service\'s own number; in Malung-Sälen, found as "Malung", the switchboard', async () => {
    const { ctx, p } = await outcome('skulder', { brev: 'nej', lange: 'nej' });
    await choose(p, 'grästorp');
    const s = step(p, sv.skulder.outcomes.radgivning.steps[Object.keys(sv.skulder.outcomes.radgivning.steps).find((k) => /skuld/i.test(sv.skulder.outcomes.radgivning.steps[k].title))].title);
    await s.getByRole('link', { name: '0510-77 03 16' }).waitFor();
    assert.equal(await s.getByText('Be att få prata med budget- och skuldrådgivningen.').count(), 0, 'its own line: nothing to ask the switchboard for');
    await p.getByRole('button', { name: 'Byt kommun' }).click();
    assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox', 'focus in the field, ready to type');
    await choose(p, 'Malung');
    await p.getByText('Du bor i Malung-Sälen. Din region är Region Dalarna.').waitFor();
    await s.getByRole('link', { name: '0280-181 00' }).waitFor();
    await ctx.close();
  });

  it('"Jag vill ha ett personligt ombud" in Lund: who runs it', async () => {
    const { ctx, p } = await outcome('personligt-ombud', { alder: 'ja', finns: 'ja' });
    await choose(p, 'lund');
    await p.getByText(/Sköts av PO Skåne/).first().waitFor();
    // The service has no line of its own on its page: Lund's switchboard, and what to ask for.
    await p.getByRole('link', { name: '046-359 50 00' }).first().waitFor();
    await p.getByText('Be att få prata med ett personligt ombud.').first().waitFor();
    await ctx.close();
  });

  it('the psychiatric errand in Örebro: the region may be contacted directly; in Skåne it says it is not confirmed', async () => {
    const { ctx, p } = await outcome('psykisk-ohalsa', { fara: 'nej', psykiatri: 'ja' });
    await choose(p, 'örebro');
    await p.getByText('I Region Örebro län').waitFor();
    await p.getByText(/Du kan kontakta en psykiatrisk mottagning själv, utan remiss/).waitFor();
    await p.getByRole('button', { name: 'Byt kommun' }).click();
    await choose(p, 'malmö');
    await p.getByText('I Region Skåne').waitFor();
    await p.getByText(/Vi har inte kunnat bekräfta om du kan kontakta psykiatrin själv/).waitFor();
    await ctx.close();
  });

  it('a kommun with no number confirmed (Göteborg): says so, links its site, keeps the general advice', async () => {
    const { ctx, p } = await outcome('pengar', { ersattning: 'nej', beslut: 'nej' });
    await choose(p, 'goteborg');
    const s = step(p, sv.pengar.outcomes.bistand.steps.ansok.title);
    await s.getByText('Vi har inte kunnat bekräfta numret. Sök på webbplatsen.').waitFor();
    await s.getByRole('link', { name: 'goteborg.se' }).waitFor();
    await s.getByText(sv.common.contacts['ekonomiskt-bistand'].find).waitFor();
    assert.equal(await s.locator('a[href^="tel:"]').count(), 0);
    await ctx.close();
  });

  it('"Vet inte eller vill inte säga" keeps the general advice, and the choice can be made later', async () => {
    const { ctx, p } = await outcome('pengar', { ersattning: 'nej', beslut: 'nej' });
    await p.getByRole('button', { name: 'Vet inte eller vill inte säga' }).click();
    await p.getByText('Du ser allmänna råd.').waitFor();
    assert.equal(await p.locator('.local').count(), 0);
    await p.getByText(sv.common.contacts['ekonomiskt-bistand'].find).first().waitFor();
    await p.getByRole('button', { name: 'Visa nummer där du bor' }).click();
    await p.getByRole('combobox', { name: 'Din kommun' }).waitFor();
    await ctx.close();
  });

  it('keyboard alone: Tab to the field, type, arrows, Enter; and 320 px with the list open has no sideways scroll', async () => {
    const { ctx, p } = await outcome('skulder', { brev: 'nej', lange: 'nej' }, { width: 320 });
    await p.getByRole('heading', { name: 'Var bor du?' }).focus().catch(() => {});
    const box = p.getByRole('combobox', { name: 'Din kommun' });
    for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await p.keyboard.press('Tab');
    assert.ok(await box.evaluate((el) => el === document.activeElement), 'reached the field with Tab');
    await p.keyboard.type('kar');
    await p.getByRole('listbox').waitFor();
    assert.equal(await overflowX(p), 0);
    assert.deepEqual(await axeCheck(p), []);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    await p.getByText(/^Du bor i Karl/).waitFor();
    await ctx.close();
  });

  it('the share link carries the kommun code and brings it back; print shows the local number', async () => {
    const { ctx, p } = await outcome('pengar', { ersattning: 'nej', beslut: 'nej' }, { kommun: '1780' });
    await p.getByText('Du bor i Karlstad. Din region är Region Värmland.').waitFor();
    await p.getByRole('button', { name: sv.common.plan.add }).click();
    await p.goto(`${env.server.origin}/#/min-plan`);
    await settle(p);
    await p.getByRole('button', { name: sv.common.share.open }).click();
    const link = await p.getByLabel(sv.common.share.label).inputValue();
    assert.match(link, /@1780$/);
    assert.doesNotMatch(link, /Karlstad/);
    await p.emulateMedia({ media: 'print' });
    assert.ok(await p.getByText('054-540 00 00').first().isVisible(), 'the local number on paper');
    await ctx.close();
    const fresh = await env.browser.newContext();
    const q = await fresh.newPage();
    await q.goto(link);
    await q.waitForFunction(() => location.hash === '#/min-plan', null, { timeout: 15000 });
    await settle(q);
    await q.getByText('Du bor i Karlstad. Din region är Region Värmland.').waitFor();
    await fresh.close();
  });

  it('is kept for the tab\'s life (a reload), and "Lämna sidan snabbt" forgets it', async () => {
    const { ctx, p } = await outcome('skulder', { brev: 'nej', lange: 'nej' });
    await choose(p, 'karlst');
    // The tab's memory is written after the frame that draws the change.
    await p.waitForFunction(() => /"kommun":"1780"/.test(sessionStorage.getItem('forsta-steget-flik') ?? ''));
    await p.reload();
    await p.getByText('Du bor i Karlstad. Din region är Region Värmland.').waitFor({ timeout: 15000 });
    assert.equal(await p.evaluate(() => localStorage.length), 0, 'nothing on the device unless the person saves');
    await ctx.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>SMHI</title>' }));
    await p.getByRole('link', { name: sv.common.exit.button }).click();
    await p.waitForURL('https://www.smhi.se/**');
    // Back in the same tab (same sessionStorage): nothing of the kommun is left.
    await p.goto(`${env.server.origin}/#/`);
    await settle(p);
    assert.equal(await p.evaluate(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('1780')), false, 'the tab forgot the kommun');
    await ctx.close();
  });

  it('in English: the question, the list and the local lines are English; what to ask for names the Swedish service', async () => {
    const { ctx, p } = await outcome('pengar', { ersattning: 'nej', beslut: 'nej' });
    await chooseLanguage(p, 'English');
    await p.getByRole('heading', { name: 'Where do you live?' }).waitFor();
    const box = p.getByRole('combobox', { name: 'Your municipality' });
    await box.click();
    await box.pressSequentially('karlst');
    await p.getByRole('option', { name: 'Karlstad' }).waitFor();
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    await p.getByText('You live in Karlstad. Your region is Region Värmland.').waitFor();
    await p.getByText('Ask to speak to ekonomiskt bistånd.').first().waitFor();
    assert.deepEqual(await axeCheck(p), []);
    await ctx.close();
  });

  it('acute help, with a kommun chosen before: the region\'s psychiatric emergency unit and its number, and nothing asked', async () => {
    const { ctx, p } = await outcome('psykisk-ohalsa', { fara: 'ja' }, { kommun: '0180' });
    await p.getByText('I Region Stockholm').first().waitFor();
    await p.getByText(/^Här finns en: Psykiatrisk akutmottagning, S:t Görans sjukhusområde/).waitFor();
    assert.equal(await p.getByRole('link', { name: '08-123 492 00' }).getAttribute('href'), 'tel:0812349200');
    assert.equal(await p.getByRole('heading', { name: 'Var bor du?' }).count(), 0, 'acute help asks nothing');
    await ctx.close();
  });
});
