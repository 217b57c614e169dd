// The errands people bring to an ombud that were missing (issue 21), walked
// as a person would: the tab's title never names the errand, quick exit
// leaves nothing behind, acute help comes first, and a letter's own last day
// is counted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeCheck, loadContent, overflowX, rememberedOutcome, serverAndBrowser, settle } from './harness.mjs';

const { sv } = loadContent().locales;
const env = serverAndBrowser();
const C = sv.common;
const V = sv.vald;

async function answer(p, errand, q, option) {
  await p.locator('main h1', { hasText: sv[errand].questions[q].title }).waitFor();
  await settle(p);
  // The tab's title says where in the errand, never what it is about (a shared screen, a tab list).
  const title = await p.title();
  assert.match(title, /^Fråga \d+( av \d+)? – Första steget$/, title);
  await p.locator('fieldset').getByText(sv[errand].questions[q].options[option], { exact: true }).click();
  await p.getByRole('button', { name: C.question.next, exact: true }).click();
}

describe('someone hurts, threatens or controls me', () => {
  it('in danger, or not sure: 112 at once, with no review page, and no word of the errand in the tab title', async () => {
    for (const fara of ['ja', 'vetinte']) {
      const ctx = await env.browser.newContext({ viewport: { width: 320, height: 700 } });
      const p = await ctx.newPage();
      await p.goto(`${env.server.origin}/#/`);
      await p.getByRole('link', { name: V.title }).click();
      await answer(p, 'vald', 'fara', fara);
      await p.locator('main h1', { hasText: V.outcomes.akut.title }).waitFor();
      await settle(p);
      assert.equal(await p.title(), `${C.outcome.title} – ${C.app.titleSuffix}`);
      const first = p.locator('main a[href^="tel:"]').first();
      assert.equal(await first.getAttribute('href'), 'tel:112');
      assert.deepEqual(await axeCheck(p), []);
      assert.equal(await overflowX(p), 0);
      await ctx.close();
    }
  });

  it('living with the one who hurts: socialtjänsten first, Kvinnofridslinjen\'s number, care for injuries; quick exit leaves nothing', async () => {
    const ctx = await env.browser.newContext();
    await ctx.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>SMHI</title>' }));
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/`);
    await p.getByRole('link', { name: V.title }).click();
    await answer(p, 'vald', 'fara', 'nej');
    await answer(p, 'vald', 'bo', 'ja');
    await answer(p, 'vald', 'skadad', 'ja');
    await p.getByRole('button', { name: C.review.confirm }).click();
    await p.locator('main h1', { hasText: V.outcomes.skydd.title }).waitFor();
    await settle(p);
    assert.equal(await p.title(), `${C.outcome.title} – ${C.app.titleSuffix}`);
    const stepTitles = await p.locator('main .step h2, main .step h3').allInnerTexts();
    assert.ok(stepTitles[0].includes(V.outcomes.skydd.steps.socialtjansten.title), stepTitles.join(' | '));
    assert.ok(stepTitles.some((t) => t.includes(V.outcomes.skydd.steps.vard.title)), 'the injuries are documented');
    assert.ok(await p.locator('main a[href="tel:020505050"]').count() > 0, 'Kvinnofridslinjen 020-50 50 50 as a tel: link');
    assert.ok(await p.locator('main a[href="tel:11414"]').count() > 0, 'the police on 114 14');
    assert.deepEqual(await axeCheck(p), []);
    // Nothing of the answers is in the address.
    assert.match(await p.evaluate(() => location.hash), /^#\/vald\/plan$/);

    await p.getByRole('link', { name: C.exit.button }).click();
    await p.waitForURL('https://www.smhi.se/**');
    await p.goBack();
    await p.waitForLoadState();
    assert.ok(!(await p.locator('body').innerText()).includes(V.outcomes.skydd.title));
    assert.equal(await p.evaluate(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('vald')), false);
    await ctx.close();
  });
});

describe('nowhere to sleep tonight, where you live', () => {
  it('with the kommun chosen, socialjouren is its own, with its number (Linköping\'s Sociala jouren, from its page)', async () => {
    const { ctx, p } = await rememberedOutcome(env, 'sova', { nar: 'kvall' }, { kommun: '0580' });
    await p.locator('main h1', { hasText: sv.sova.outcomes.kvall.title }).waitFor();
    await settle(p);
    // Written by hand from linkoping.se (flows/places/kommuner.json, checked 2026-12-04).
    assert.ok(await p.locator('main a[href="tel:013207526"]').count() > 0, 'Sociala jouren 013-20 75 26');
    assert.deepEqual(await axeCheck(p), []);
    await ctx.close();
  });
});

describe('a letter I do not understand', () => {
  it('from an inkasso company with a last day: bestrid in writing, and the day the letter gives is shown as given', async () => {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/brev/`);
    await answer(p, 'brev', 'vem', 'foretag');
    await answer(p, 'brev', 'datum', 'ja');
    await p.getByRole('button', { name: C.review.confirm }).click();
    await p.locator('main h1', { hasText: sv.brev.outcomes.foretag.title }).waitFor();
    await settle(p);
    await p.getByLabel(C.deadline.givenLabel).first().fill('2027-01-08');
    await p.getByText(C.deadline.last.replace('{{date}}', 'fredag 8 januari 2027')).waitFor();
    assert.ok(await p.locator('main a[href="tel:0771525525"]').count() > 0, 'Hallå konsument 0771-525 525');
    assert.deepEqual(await axeCheck(p), []);
    await ctx.close();
  });
});

describe('several things, with the new errands', () => {
  it('nowhere to sleep and no money for food, walked one after the other, at night: socialjouren first in both', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 320, height: 700 } });
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/flera`);
    await p.locator('main h1', { hasText: C.many.title }).waitFor();
    for (const id of ['sova', 'mat']) await p.getByRole('checkbox', { name: sv[id].title }).check();
    await p.getByRole('button', { name: C.many.start }).click();
    await answer(p, 'sova', 'nar', 'kvall');
    await p.getByRole('button', { name: C.review.confirm }).click();
    await p.locator('main h1', { hasText: sv.sova.outcomes.kvall.title }).waitFor();
    await p.getByRole('button', { name: C.walk.next.replace('{{title}}', sv.mat.title) }).click();
    await answer(p, 'mat', 'nar', 'kvall');
    await p.getByRole('button', { name: C.review.confirm }).click();
    await p.locator('main h1', { hasText: sv.mat.outcomes.kvall.title }).waitFor();
    await p.getByRole('button', { name: C.walk.last }).click();
    await p.locator('main h1', { hasText: C.plan.title }).waitFor();
    await settle(p);
    const plan = await p.locator('main').innerText();
    assert.ok(plan.includes(C.contacts.socialjour.name), 'socialjouren is in the one plan');
    assert.deepEqual(await axeCheck(p), []);
    assert.equal(await overflowX(p), 0);
    await ctx.close();
  });
});
