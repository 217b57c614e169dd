// "Jag har flera saker": the front door for several errands. The chosen
// errands one after another, "Ärende n av m", each ending in Min plan, any of
// them skipped, stopping halfway keeps what is done, and one plan at the end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeCheck, loadContent, overflowX, serverAndBrowser, settle } from './harness.mjs';

const { sv } = loadContent().locales;
const env = serverAndBrowser();
const C = sv.common;

async function answerAll(p, errand, answers) {
  for (const [q, option] of Object.entries(answers)) {
    await p.locator('main h1', { hasText: sv[errand].questions[q].title }).waitFor();
    await p.locator('fieldset').getByText(sv[errand].questions[q].options[option], { exact: true }).click();
    await p.getByRole('button', { name: C.question.next, exact: true }).click();
  }
  await p.getByRole('button', { name: C.review.confirm }).click();
}

const walkNote = (p) => p.getByRole('note', { name: C.walk.label });

describe('several errands at once', () => {
  it('walks the chosen errands in turn, each into Min plan; a reload keeps the walk; skipping the last ends in one plan', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
    const p = await ctx.newPage();
    p.on('pageerror', (e) => { throw e; });
    await p.goto(`${env.server.origin}/#/`);
    // The app's own start page (the static one before it has no focus to move).
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await p.getByRole('link', { name: C.start.many }).click();
    await p.locator('main h1', { hasText: C.many.title }).waitFor();
    await settle(p);
    assert.equal(await p.title(), `${C.many.title} – ${C.app.titleSuffix}`);
    assert.ok(await p.locator('main h1').evaluate((el) => el === document.activeElement), 'focus on the heading');

    // Nothing chosen: an error summary, focused, linking to the first box.
    await p.getByRole('button', { name: C.many.start }).click();
    await p.getByRole('alert').waitFor();
    assert.ok(await p.getByRole('alert').evaluate((el) => el === document.activeElement));
    assert.match(await p.title(), new RegExp(`^${C.question.errorTitlePrefix}: `));
    assert.deepEqual(await axeCheck(p), []);
    assert.equal(await overflowX(p), 0);

    // Ticked in any order; walked in the start page's order: pengar, skulder, e-legitimation.
    for (const id of ['e-legitimation', 'skulder', 'pengar']) await p.getByRole('checkbox', { name: sv[id].title }).check();
    await p.getByRole('button', { name: C.many.start }).click();

    await p.locator('main h1', { hasText: sv.pengar.questions.ersattning.title }).waitFor();
    assert.match(await walkNote(p).innerText(), /Ärende 1 av 3/);
    assert.match(await walkNote(p).innerText(), new RegExp(sv.pengar.title));
    await answerAll(p, 'pengar', { ersattning: 'ja', beslut: 'nej' });
    await p.locator('main h1', { hasText: sv.pengar.outcomes.bostadstillagg.title }).waitFor();
    await settle(p);
    assert.match(await walkNote(p).innerText(), new RegExp(C.walk.added));
    assert.deepEqual(await axeCheck(p), []);

    await p.getByRole('button', { name: C.walk.next.replace('{{title}}', sv.skulder.title) }).click();
    await p.locator('main h1', { hasText: sv.skulder.questions.brev.title }).waitFor();
    assert.match(await walkNote(p).innerText(), /Ärende 2 av 3/);
    await answerAll(p, 'skulder', { brev: 'ja' });
    await p.locator('main h1', { hasText: sv.skulder.outcomes.forelaggande.title }).waitFor();
    await p.getByRole('button', { name: C.walk.next.replace('{{title}}', sv['e-legitimation'].title) }).click();
    await p.locator('main h1', { hasText: Object.values(sv['e-legitimation'].questions)[0].title }).waitFor();

    // A reload (an old phone does it behind your back) keeps the walk and where it is.
    await settle(p);
    await p.reload();
    await p.locator('main h1', { hasText: Object.values(sv['e-legitimation'].questions)[0].title }).waitFor();
    await walkNote(p).waitFor();
    assert.match(await walkNote(p).innerText(), /Ärende 3 av 3/);

    // Skip the last: the one plan, with both errands' answers in it.
    await p.getByRole('button', { name: C.walk.skip }).click();
    await p.locator('main h1', { hasText: C.plan.title }).waitFor();
    const plan = await p.locator('main').innerText();
    assert.ok(plan.includes(sv.pengar.outcomes.bostadstillagg.title) || plan.includes(sv.pengar.title), 'pengar is in the plan');
    assert.ok(plan.includes(sv.skulder.title) || plan.includes(sv.skulder.outcomes.forelaggande.title), 'skulder is in the plan');
    assert.ok(!plan.includes(sv['e-legitimation'].title), 'the skipped errand is not');
    await ctx.close();
  });

  it('stopping halfway keeps what is done, and the walk can be taken up again from "Jag har flera saker"; quick exit forgets it', async () => {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/flera`);
    await p.locator('main h1', { hasText: C.many.title }).waitFor();
    for (const id of ['sjuk', 'skulder']) await p.getByRole('checkbox', { name: sv[id].title }).check();
    await p.getByRole('button', { name: C.many.start }).click();
    await answerAll(p, 'sjuk', { situation: 'anstalld', 'hur-lange': 'kort' });
    await p.locator('main h1', { hasText: sv.sjuk.outcomes['anstalld-kort'].title }).waitFor();
    await p.getByRole('button', { name: C.walk.stop }).click();
    await p.locator('main h1', { hasText: C.plan.title }).waitFor();
    assert.ok((await p.locator('main').innerText()).includes(sv.sjuk.outcomes['anstalld-kort'].title) || (await p.locator('main').innerText()).includes(sv.sjuk.title));

    // Back to "Jag har flera saker": 1 of 2 done, and "Fortsätt" goes on with the next.
    await p.goto(`${env.server.origin}/#/flera`);
    await p.getByText(C.many.underway.replace('{{done}}', '1').replace('{{total}}', '2')).waitFor();
    await p.getByRole('button', { name: C.many.continue }).click();
    await p.locator('main h1', { hasText: sv.skulder.questions.brev.title }).waitFor();
    assert.match(await walkNote(p).innerText(), /Ärende 2 av 2/);
    await p.waitForFunction(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('"walk"'));

    await ctx.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>SMHI</title>' }));
    await p.getByRole('link', { name: C.exit.button }).click();
    await p.waitForURL('https://www.smhi.se/**');
    await p.goto(`${env.server.origin}/#/flera`);
    await p.locator('main h1', { hasText: C.many.title }).waitFor();
    await settle(p);
    assert.equal(await p.getByRole('button', { name: C.many.continue }).count(), 0, 'no walk after quick exit');
    assert.equal(await p.evaluate(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('skulder')), false);
    await ctx.close();
  });
});
