// Browser tests: the built app in Debian's Chromium, used as a person would.
// Every path of every errand is walked by clicking; axe audits each distinct
// page once; a request log over the whole run proves nothing leaves the origin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeAAA, launch, settle, loadContent, loadScenarios, overflowX, smallTargets, startServer, textSpacingProblems, visibleSteps, chooseLanguage } from './harness.mjs';

const content = loadContent();
const sv = content.locales.sv;
const errandIds = Object.keys(content.flows).sort((a, b) => (content.flows[a].order ?? 999) - (content.flows[b].order ?? 999));

let server, browser, context, page;
const requests = [];
const audited = new Map(); // page key → problems
const reflow = []; // pages that scroll sideways at 320 px

/**
 * Checks every page as it is passed (reflow at 320 px, the width of 400 %
 * zoom on a 1280 px screen) and audits each distinct page once: axe with
 * WCAG 2.0–2.2 A/AA plus AAA contrast, 44 px targets and text spacing.
 */
async function audit(key) {
  const x = await overflowX(page);
  if (x > 0) reflow.push(`${key}: ${x}px`);
  if (audited.has(key)) return;
  const problems = [...(await axeAAA(page)), ...(await smallTargets(page)).map((t) => `target < 44px: ${t}`), ...(await textSpacingProblems(page)).map((t) => `text spacing: ${t}`)];
  audited.set(key, problems);
}

async function headingState() {
  await settle(page);
  return page.evaluate(() => ({
    focused: document.activeElement?.tagName === 'H1',
    h1: document.querySelector('h1')?.textContent?.trim(),
    title: document.title,
    hash: location.hash,
    lang: document.documentElement.lang,
  }));
}

const nextButton = () => page.getByRole('button', { name: sv.common.question.next, exact: true });

async function answer(label) {
  await page.locator('fieldset').getByText(label, { exact: true }).click();
  await nextButton().click();
}

/** From the start page to the outcome for someone employed and sick for `howLong` ("mellan", "lang"). */
async function employedAndSick(howLong) {
  await page.goto(`${server.origin}/#/`);
  await page.getByRole('link', { name: sv.sjuk.title }).click();
  await answer(sv.sjuk.questions.situation.options.anstalld);
  await answer(sv.sjuk.questions['hur-lange'].options[howLong]);
  await page.getByRole('button', { name: sv.common.review.confirm }).click();
  await settle(page);
}

before(async () => {
  server = await startServer();
  browser = await launch();
  // 320 CSS px wide: a small phone, and what 400 % zoom leaves on a 1280 px screen.
  context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  page = await context.newPage();
  page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
  await page.goto(server.origin + '/');
});

after(async () => {
  await browser?.close();
  server?.stop();
});

describe('start page', () => {
  it('names the app, lists every errand in plain words, and has the crisis link', async () => {
    const s = await headingState();
    assert.equal(s.h1, sv.common.start.title);
    assert.equal(s.lang, 'sv');
    assert.match(s.title, /Första steget$/);
    for (const id of errandIds) {
      await page.getByRole('link', { name: new RegExp(sv[id].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    }
    assert.ok(await page.getByRole('link', { name: sv.common.crisis.link }).isVisible());
    await audit('start');
  });
});

// Each errand's scenarios (flows/<errand>/scenarios.json) are walked by
// clicking, as a person would: the question on screen decides which answer
// is given, and the outcome reached must be the one the scenario names. What
// a walk is expected to reach comes from the scenario, never from the flow.
// The unit tests require the scenarios to take every option of every
// question and to name every outcome, so this walk covers them all.
for (const errand of errandIds) {
  const flow = content.flows[errand];
  const scenarios = Object.entries(loadScenarios(errand));
  describe(`errand ${errand}: ${scenarios.length} scenarios`, () => {
    for (const [name, sc] of scenarios) {
      it(`${name} → ${sc.outcome}`, async () => {
        await page.goto(`${server.origin}/#/`);
        await page.getByRole('link', { name: sv[errand].title }).click();
        const asked = [];
        let s = await headingState();
        for (let i = 0; i < 20 && !['kontroll', 'plan'].includes(s.hash.split('/')[2]); i++) {
          const node = s.hash.split('/')[2];
          const q = sv[errand].questions[node];
          assert.ok(q, `a question page: ${s.hash}`);
          assert.equal(s.h1, q.title, `question ${i + 1}`);
          assert.ok(s.focused, `focus is on the heading of ${node}`);
          // The tab title names the step only: never the question, which may be sensitive.
          assert.match(s.title, /^Fråga \d+( av \d+)? – Första steget$/, s.title);
          assert.ok(await page.getByRole('link', { name: sv.common.crisis.link }).isVisible());
          await audit(`${errand}/${node}`);
          const option = sc.answers[node];
          assert.ok(option, `the scenario answers "${node}"`);
          asked.push(node);
          await answer(q.options[option]);
          s = await headingState();
        }
        if (s.hash === `#/${errand}/kontroll`) {
          assert.equal(s.h1, sv.common.review.title);
          assert.ok(s.focused);
          for (const node of asked) assert.ok(await page.getByText(sv[errand].questions[node].options[sc.answers[node]], { exact: true }).first().isVisible());
          await audit(`${errand}/kontroll`);
          await page.getByRole('button', { name: sv.common.review.confirm }).click();
          s = await headingState();
        }
        const o = sv[errand].outcomes[sc.outcome];
        assert.equal(s.h1, o.title, `the scenario "${name}" reaches ${sc.outcome}`);
        assert.ok(s.focused);
        assert.equal(s.hash, `#/${errand}/plan`, 'the URL shows the page, never the outcome or an answer');
        assert.equal(s.title, `${sv.common.outcome.title} – Första steget`);
        const steps = page.locator('ol.steps > li');
        const expected = visibleSteps(flow.nodes[sc.outcome].steps, sc.answers);
        assert.equal(await steps.count(), expected.length);
        for (const [i, st] of expected.entries()) {
          assert.match(await steps.nth(i).locator('h2').innerText(), new RegExp(o.steps[st.id].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        }
        assert.ok(await page.getByRole('heading', { name: sv.common.outcome.sources }).isVisible());
        assert.match(await page.locator('.sources').innerText(), /Senast granskad \d*\s*\p{L}+ \d{4}/u);
        // Every outcome ends with what to do if it becomes acute.
        assert.deepEqual(await page.locator('.crisis-line a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['tel:112', 'tel:90101', 'tel:1177']);
        await audit(`${errand}/outcome/${sc.outcome}`);
      });
    }
  });
}

describe('question page behaviour', () => {
  it('shows a linked error summary, focused, when Nästa is pressed with nothing chosen', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await nextButton().click();
    // The tab title follows a frame after the page.
    await settle(page);
    const alert = page.getByRole('alert');
    assert.ok(await alert.isVisible());
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    assert.match(await page.title(), /^Fel: /);
    await audit('error');
    await alert.getByRole('link').click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'radio');
  });

  it('a tap on the drawn circle chooses the option, as a tap on its words does', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await settle(page);
    const row = page.locator('.radio').filter({ hasText: sv.sjuk.questions.situation.options.student });
    await row.scrollIntoViewIfNeeded();
    const box = await row.locator('.radio__control').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.ok(await page.getByLabel(sv.sjuk.questions.situation.options.student).isChecked());
  });

  it('explains a word on an answer when asked, and only that word', async () => {
    await employedAndSick('mellan');
    const ask = page.getByRole('button', { name: 'Vad betyder ”läkarintyg”?' });
    assert.equal(await ask.getAttribute('aria-expanded'), 'false');
    assert.ok(!(await page.getByText(sv.common.terms.lakarintyg.text).isVisible()));
    await ask.click();
    assert.equal(await ask.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.getByText(sv.common.terms.lakarintyg.text).isVisible());
    assert.ok(!(await page.getByText(sv.common.terms.sjukpenning.text).isVisible()));
    await audit('outcome-with-a-word-explained');
  });

  it('goes back a step with the browser Back button and with Tillbaka, keeping the answer', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await answer(sv.sjuk.questions.situation.options.student);
    assert.equal((await headingState()).h1, sv.sjuk.questions['hur-lange'].title);
    await page.goBack();
    let s = await headingState();
    assert.equal(s.h1, sv.sjuk.questions.situation.title);
    assert.ok(s.focused);
    assert.ok(await page.getByLabel(sv.sjuk.questions.situation.options.student).isChecked());
    await nextButton().click();
    await page.getByRole('button', { name: sv.common.question.back }).click();
    s = await headingState();
    assert.equal(s.h1, sv.sjuk.questions.situation.title);
    await page.getByRole('button', { name: sv.common.question.back }).click();
    assert.equal((await headingState()).h1, sv.common.start.title);
  });

  it('goes where the last choice leads, when the person changes their mind just before Nästa', async () => {
    // A new choice and Nästa in one go, within a frame: the step must follow
    // the new choice, not the one chosen before.
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await page.locator('fieldset').getByText(sv.sjuk.questions.situation.options.anstalld, { exact: true }).click();
    await settle(page);
    await nextButton().evaluate((next, label) => {
      const row = [...document.querySelectorAll('.radio')].find((r) => r.querySelector('label')?.textContent === label);
      row.querySelector('input').click();
      next.click();
    }, sv.sjuk.questions.situation.options.vetinte);
    assert.equal((await headingState()).h1, sv.common.review.title);
    assert.ok(await page.getByText(sv.sjuk.questions.situation.options.vetinte, { exact: true }).isVisible());
    // And the other way: a choice made earlier is the one sent.
    await page.getByRole('button', { name: sv.common.question.back }).click();
    assert.equal((await headingState()).h1, sv.sjuk.questions.situation.title);
    await page.locator('fieldset').getByText(sv.sjuk.questions.situation.options.anstalld, { exact: true }).click();
    await settle(page);
    await nextButton().click();
    assert.equal((await headingState()).h1, sv.sjuk.questions['hur-lange'].title);
  });

  it('draws the next question from the top of the page first, then moves focus to its heading', async () => {
    // Moving focus costs an old phone as much as drawing the question, so it
    // comes a frame later (ADR 15); the new page must still start at its top.
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await settle(page);
    await page.locator('fieldset').getByText(sv.sjuk.questions.situation.options.anstalld, { exact: true }).click();
    const drawn = await nextButton().evaluate(async (next) => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const scrolledBefore = window.scrollY;
      // As a press does: focus on Nästa, then the click.
      next.focus();
      next.click();
      await Promise.resolve();
      await Promise.resolve();
      const h1 = document.querySelector('main h1');
      return { scrolledBefore, h1: h1.textContent, scrollY: window.scrollY, focusMoved: document.activeElement === h1 || !!document.activeElement?.closest('main') && document.activeElement !== next };
    });
    assert.ok(drawn.scrolledBefore > 0, 'the question page is taller than the screen at 320 px');
    assert.deepEqual(
      { h1: drawn.h1, scrollY: drawn.scrollY, focusMoved: drawn.focusMoved },
      { h1: sv.sjuk.questions['hur-lange'].title, scrollY: 0, focusMoved: false },
      'in the frame that draws it: the new question, from the top, focus not yet moved',
    );
    const s = await headingState();
    assert.deepEqual({ focused: s.focused, h1: s.h1 }, { focused: true, h1: sv.sjuk.questions['hur-lange'].title });
  });

  it('opens another errand typed in the address bar while on a question', async () => {
    await page.goto(`${server.origin}/#/sjuk/`);
    await settle(page);
    await page.locator('fieldset').getByText(sv.sjuk.questions.situation.options.anstalld, { exact: true }).click();
    await settle(page);
    await page.evaluate(() => (location.hash = '#/jobb/'));
    const first = content.flows.jobb.start;
    // Waits for the new question, or fails below with what is on screen instead.
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, sv.jobb.questions[first].title, { timeout: 3000 }).catch(() => {});
    const s = await headingState();
    assert.deepEqual({ h1: s.h1, hash: s.hash }, { h1: sv.jobb.questions[first].title, hash: `#/jobb/${first}` });
    const labels = await page.locator('fieldset .radio__label').allTextContents();
    assert.deepEqual(labels, content.flows.jobb.nodes[first].options.map((o) => sv.jobb.questions[first].options[o]));
  });

  it('keeps later answers that still apply when an answer is changed', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await answer(sv.sjuk.questions.situation.options.anstalld);
    await answer(sv.sjuk.questions['hur-lange'].options.kort);
    await page.getByRole('button', { name: new RegExp(`Ändra svaret på: ${sv.sjuk.questions.situation.title.replace('?', '\\?')}`) }).click();
    assert.equal((await headingState()).h1, sv.sjuk.questions.situation.title);
    await answer(sv.sjuk.questions.situation.options.student);
    assert.equal((await headingState()).h1, sv.common.review.title);
    assert.ok(await page.getByText(sv.sjuk.questions['hur-lange'].options.kort, { exact: true }).isVisible());
    await page.getByRole('button', { name: sv.common.review.confirm }).click();
    assert.equal((await headingState()).h1, sv.sjuk.outcomes['student-kort'].title);
  });

  it('keeps the question after a reload (the tab remembers it), and starts afresh at the start page', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.sjuk.title }).click();
    await answer(sv.sjuk.questions.situation.options.program);
    await settle(page);
    await page.reload();
    await page.waitForFunction(() => location.hash === '#/sjuk/hur-lange', null, { timeout: 10000 });
    const s = await headingState();
    assert.equal(s.h1, sv.sjuk.questions['hur-lange'].title);
    await page.getByRole('button', { name: sv.common.question.back }).click();
    assert.ok(await page.getByLabel(sv.sjuk.questions.situation.options.program).isChecked());
  });
});

describe('keyboard alone', () => {
  it('completes an errand with Tab, arrows, Space and Enter', async () => {
    // A fresh tab: nothing remembered from the tests before (a place, a language, a plan).
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('about:blank');
    await page.goto(`${server.origin}/#/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    const title = sv['psykisk-ohalsa'].title;
    // The app has drawn its own start page, in Swedish, before the first Tab.
    await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    await settle(page);
    // Tab from the top of the page, wherever the reload left the focus.
    await page.evaluate(() => (document.activeElement)?.blur?.());
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((t) => document.activeElement?.tagName === 'A' && (document.activeElement.textContent ?? '').includes(t), title)) break;
    }
    await page.keyboard.press('Enter');
    const pressNext = async () => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    };
    // fara: Tab to the group (first radio), ArrowDown twice picks "Nej" (the third option), Tab to Nästa, Enter.
    assert.equal((await headingState()).h1, sv['psykisk-ohalsa'].questions.fara.title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await pressNext();
    let s = await headingState();
    assert.equal(s.h1, sv['psykisk-ohalsa'].questions.psykiatri.title);
    assert.ok(s.focused);
    // psykiatri: Tab, Space picks "Ja".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await pressNext();
    s = await headingState();
    assert.equal(s.h1, sv.common.review.title);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === sv.common.review.confirm) break;
    }
    await page.keyboard.press('Enter');
    s = await headingState();
    assert.equal(s.h1, sv['psykisk-ohalsa'].outcomes['egen-mottagning'].title);
    assert.ok(s.focused);
  });

  it('goes on with Enter on a chosen option, as a form does', async () => {
    // A fresh tab: the errand walked just before is remembered by this tab (its answers come back on a reload).
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('about:blank');
    await page.goto(`${server.origin}/#/psykisk-ohalsa/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await page.locator('fieldset').waitFor();
    assert.equal((await headingState()).h1, sv['psykisk-ohalsa'].questions.fara.title);
    assert.equal(await page.locator('fieldset input:checked').count(), 0, 'nothing chosen yet');
    // Enter on an option with nothing chosen shows the error and stays.
    await page.locator('#fraga-first').focus();
    await page.keyboard.press('Enter');
    // The error summary is drawn in the frame after the key press: wait for it, then there is exactly one.
    await page.getByRole('alert').first().waitFor({ timeout: 5000 });
    assert.equal(await page.getByRole('alert').count(), 1);
    assert.equal((await headingState()).h1, sv['psykisk-ohalsa'].questions.fara.title);
    // Choose "Nej" (the third option) with the arrow key, then Enter on it goes on.
    await page.locator('#fraga-first').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const s = await headingState();
    assert.equal(s.h1, sv['psykisk-ohalsa'].questions.psykiatri.title);
    assert.ok(s.focused);
  });
});

describe('crisis help, print, language and no-JavaScript', () => {
  it('reaches crisis help in one tap from a question, and comes back to the same question', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv['psykisk-ohalsa'].title }).click();
    await answer(sv['psykisk-ohalsa'].questions.fara.options.nej);
    await page.getByRole('link', { name: sv.common.crisis.link }).click();
    const s = await headingState();
    assert.equal(s.h1, sv.common.crisis.title);
    assert.ok(s.focused);
    for (const n of ['112', '90101', '1177']) assert.ok(await page.locator(`a[href="tel:${n}"]`).isVisible(), n);
    await audit('crisis');
    await page.getByRole('button', { name: sv.common.crisis.back }).click();
    assert.equal((await headingState()).h1, sv['psykisk-ohalsa'].questions.psykiatri.title);
  });

  it('prints the plan without navigation or buttons, keeping steps and numbers', async () => {
    await employedAndSick('lang');
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.locator('header').isVisible(), false, 'header hidden on paper');
      assert.equal(await page.locator('footer').isVisible(), false, 'footer hidden on paper');
      assert.equal(await page.getByRole('button', { name: sv.common.outcome.print }).isVisible(), false, 'buttons hidden on paper');
      assert.equal(await page.locator('ol.steps > li').first().isVisible(), true, 'steps kept');
      assert.equal(await page.getByText('0771-524 524').isVisible(), true, 'phone numbers kept');
      await audit('print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('switches to English with the right lang attribute', async () => {
    await page.goto(`${server.origin}/#/`);
    await chooseLanguage(page, 'English');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const s = await headingState();
    assert.equal(s.lang, 'en');
    assert.equal(s.h1, content.locales.en.common.start.title);
    await audit('start-en');
    await chooseLanguage(page, 'Svenska');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    assert.equal((await headingState()).lang, 'sv');
  });

  it('shows the crisis numbers and what the app needs without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    ctx.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
    const p = await ctx.newPage();
    await p.goto(server.origin + '/');
    const text = await p.locator('body').innerText();
    for (const n of ['112', '1177', '90101']) assert.ok(text.includes(n), n);
    assert.match(text, /JavaScript/);
    await ctx.close();
  });
});

describe('audits and privacy', () => {
  it('has zero axe violations (WCAG 2.0–2.2 A/AA and AAA contrast), no small targets and no clipped text on every distinct page', () => {
    assert.ok(audited.size >= 5, `pages audited: ${audited.size}`);
    const bad = [...audited].filter(([, v]) => v.length);
    assert.deepEqual(bad, []);
  });

  it('never scrolls sideways at 320 px on any page of any path', () => {
    assert.deepEqual(reflow, []);
  });

  it('sends no request off the origin, none but GET, and none carrying answers', () => {
    assert.ok(requests.length > 0, 'the log saw the app load');
    const origin = new URL(server.origin).origin;
    const off = requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
    assert.deepEqual(off, [], 'requests off the origin');
    assert.deepEqual(requests.filter((r) => r.method !== 'GET'), [], 'non-GET requests');
    // The app's own files have no query; answers are never in a path or a query.
    const optionIds = new Set(Object.values(content.flows).flatMap((f) => Object.values(f.nodes).flatMap((n) => n.options ?? [])));
    const carrying = requests.filter((r) => {
      const u = new URL(r.url);
      if (u.search) return true;
      const segs = u.pathname.split('/').filter(Boolean);
      return segs.some((s) => optionIds.has(s) || content.flows[s]);
    });
    assert.deepEqual(carrying, [], 'requests that could carry answers');
  });
});
