// Browser tests for Min plan, print, share, save, quick exit, read aloud and
// the ombud page, against the built app in Debian's Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeAAA, axeCheck, launch, loadContent, settle, startServer, chooseLanguage } from './harness.mjs';

const content = loadContent();
const sv = content.locales.sv;
const scen = (errand, name) => JSON.parse(readFileSync(`flows/${errand}/scenarios.json`, 'utf8'))[name];

let server, browser, context, page;
const requests = [];
const violations = [];

async function newLoggedContext(opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, ...opts });
  ctx.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  return ctx;
}

/** Walks an errand by clicking, answering whatever question the page shows from `answers`. */
async function walkTo(p, errand, answers) {
  await p.goto(`${server.origin}/#/`);
  await p.getByRole('link', { name: sv[errand].title }).click();
  for (let i = 0; i < 10; i++) {
    await settle(p);
    const hash = await p.evaluate(() => location.hash);
    const node = hash.split('/')[2];
    if (node === 'kontroll' || node === 'plan') break;
    const label = sv[errand].questions[node].options[answers[node]];
    await p.locator('fieldset').getByText(label, { exact: true }).click();
    await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
  }
  // Acute help comes with no review page (ADR 20).
  if ((await p.evaluate(() => location.hash)).endsWith('/kontroll')) {
    await p.getByRole('button', { name: sv.common.review.confirm }).click();
    await settle(p);
  }
}

async function addToPlan(p, errand, answers) {
  await walkTo(p, errand, answers);
  await p.getByRole('button', { name: sv.common.plan.add }).click();
  assert.ok(await p.getByText(sv.common.plan.added).isVisible());
}

const groupTitles = (p) => p.locator('.plan-group__title').allInnerTexts();

before(async () => {
  server = await startServer();
  browser = await launch();
  context = await newLoggedContext();
  page = await context.newPage();
  page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const SICK = { errand: 'sjuk', answers: { situation: 'anstalld', 'hur-lange': 'lang' } };
const MONEY = { errand: 'pengar', answers: scen('pengar', Object.keys(JSON.parse(readFileSync('flows/pengar/scenarios.json', 'utf8'))).find((n) => scen('pengar', n).outcome === 'bistand')).answers };
const CRISIS = { errand: 'psykisk-ohalsa', answers: { fara: 'ja' } };

describe('Min plan with three errands', () => {
  let shareUrl;
  let titles;

  it('orders the steps of three errands: acute first, a dependency before what needs it', async () => {
    await addToPlan(page, SICK.errand, SICK.answers);
    await addToPlan(page, MONEY.errand, MONEY.answers);
    await addToPlan(page, CRISIS.errand, CRISIS.answers);
    await page.getByRole('link', { name: /Min plan \(3\)/ }).click();
    await settle(page);
    const s = await page.evaluate(() => ({ h1: document.querySelector('h1')?.textContent, focused: document.activeElement?.tagName, hash: location.hash }));
    assert.deepEqual(s, { h1: sv.common.plan.title, focused: 'H1', hash: '#/min-plan' });
    titles = await groupTitles(page);
    assert.equal(titles[0], sv.common.contacts['larm-112'].name, 'acute help first');
    const stepTitles = await page.locator('.plan-step .check__label').allInnerTexts();
    const at = (text) => stepTitles.findIndex((x) => x.startsWith(text));
    const intyg = at(sv.sjuk.outcomes['anstalld-lang'].steps.intyg.title);
    const sjukpenning = at(sv.sjuk.outcomes['anstalld-lang'].steps.sjukpenning.title);
    const report = at(sv.sjuk.outcomes['anstalld-lang'].steps.sjukanmal.title);
    assert.ok(report >= 0 && intyg > report && sjukpenning > intyg, `order: ${stepTitles.join(' | ')}`);
    assert.ok(await page.getByRole('heading', { name: sv.common.plan.sipTitle }).isVisible(), 'region care + kommun support suggests a SIP');
    violations.push(...(await axeCheck(page)).map((v) => `plan: ${v}`));
  });

  it('ticks steps off and says what is next', async () => {
    const first = page.locator('.plan-step .check__input').first();
    await first.check();
    assert.match(await page.locator('.plan-progress').innerText(), /^1 av \d+ steg klara$/);
    const now = await page.locator('.now').innerText();
    assert.ok(now.includes(sv.common.plan.now));
    assert.ok(await first.isChecked());
  });

  it('prints on at most two A4 pages with every phone number', async () => {
    await page.emulateMedia({ media: 'print' });
    violations.push(...(await axeCheck(page)).map((v) => `plan print: ${v}`));
    assert.equal(await page.locator('header').isVisible(), false);
    assert.ok(await page.locator('.print-qr svg').isVisible(), 'QR code on the printout');
    // page.pdf() prints with print media unless media is forced, so reset the emulation.
    await page.emulateMedia({ media: null });
    const dir = mkdtempSync(join(tmpdir(), 'fs-pdf-'));
    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, readFileSync(pdf));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim()).length;
    assert.ok(pages >= 1 && pages <= 2, `printed pages: ${pages}`);
    const phones = await page.locator('.plan-group__phone a').allInnerTexts();
    assert.ok(phones.length >= 2, `phones: ${phones}`);
    for (const n of phones) assert.ok(text.includes(n), `phone ${n} printed`);
    assert.ok(text.includes(sv.common.plan.handlaggare), 'lines for the case officer');
  });

  it('makes a share link after # that reopens the same plan in a fresh browser', async () => {
    const open = page.getByRole('button', { name: sv.common.share.open });
    // Closed, the button names no panel (aria-controls must not point at an element not in the page).
    assert.equal(await open.getAttribute('aria-controls'), null);
    await open.click();
    const controls = await open.getAttribute('aria-controls');
    assert.ok(controls && (await page.evaluate((id) => !!document.getElementById(id)?.querySelector('#share-link'), controls)), 'open, it names the panel that holds the link');
    shareUrl = await page.getByLabel(sv.common.share.label).inputValue();
    const u = new URL(shareUrl);
    assert.equal(u.search, '', 'no query');
    assert.equal(u.pathname, '/', 'nothing in the path');
    assert.match(u.hash, /^#\/dela\/1\./);
    assert.ok(await page.locator('#share-panel svg.qr').isVisible());
    violations.push(...(await axeCheck(page)).map((v) => `share: ${v}`));
    const ctx = await newLoggedContext();
    const p2 = await ctx.newPage();
    await p2.goto(shareUrl);
    await p2.waitForFunction(() => location.hash === '#/min-plan', null, { timeout: 15000 }).catch(() => {});
    await settle(p2);
    assert.equal(await p2.evaluate(() => location.hash), '#/min-plan', 'the plan leaves the URL once read');
    assert.deepEqual(await groupTitles(p2), titles);
    assert.ok(await p2.locator('.plan-step .check__input').first().isChecked(), 'ticked step kept');
    assert.equal(await p2.evaluate(() => localStorage.length), 0, 'opening a link stores nothing');
    await ctx.close();
  });

  it('saves only when asked, keeps the plan over a reload, and forgets it all', async () => {
    const save = page.getByLabel(sv.common.save.label);
    assert.equal(await save.isChecked(), false, 'off by default');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    // The live region is in the page, empty, before its words arrive (screen readers miss a region born with its text).
    await page.evaluate(() => { window.__region = document.querySelector('main .notice-region[role="status"]'); });
    assert.equal(await page.evaluate(() => window.__region?.textContent), '');
    await save.check();
    assert.equal(await page.evaluate(() => window.__region.isConnected && window.__region.textContent.length > 0), true);
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('forsta-steget')).v), 1);
    await page.reload();
    await page.goto(`${server.origin}/#/min-plan`);
    // The stored plan loads its errands' flows first, then shows.
    await page.locator('.plan-group__title').first().waitFor();
    assert.deepEqual(await groupTitles(page), titles);
    const forget = page.getByRole('button', { name: sv.common.save.forget });
    assert.ok(await forget.isVisible(), 'forget is visible while something is stored');
    await forget.click();
    // It asks first (Kobalte AlertDialog): nothing is forgotten until "Ja, glöm allt".
    const dialog = page.getByRole('alertdialog', { name: sv.common.save.forget });
    await dialog.waitFor();
    assert.deepEqual(await axeCheck(page), []);
    await dialog.getByRole('button', { name: sv.common.save.forgetCancel }).click();
    assert.ok(await page.evaluate(() => localStorage.length) > 0, 'Avbryt forgets nothing');
    await page.waitForFunction((t) => document.activeElement?.textContent === t, sv.common.save.forget, { timeout: 3000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), sv.common.save.forget, 'focus back on the button');
    await forget.click();
    await page.getByRole('button', { name: sv.common.save.forgetConfirm }).click();
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.ok(await page.getByText(sv.common.notice.forgotten).isVisible());
    assert.ok(await page.getByText(sv.common.plan.empty).isVisible());
    assert.equal(await forget.isVisible(), false);
  });
});

describe('broken links and stored data', () => {
  for (const [name, hash, notice] of [
    ['a truncated link', '#/dela/1.sjuk.0', 'badLink'],
    ['a malformed link', '#/dela/%%%zz', 'badLink'],
    ['a link of an unknown version', '#/dela/7.sjuk.01', 'badVersion'],
  ]) {
    it(`explains ${name} in plain Swedish and shows the start page`, async () => {
      const ctx = await newLoggedContext();
      const p = await ctx.newPage();
      const errors = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${server.origin}/${hash}`);
      await p.getByText(sv.common.notice[notice]).waitFor({ timeout: 15000 }).catch(() => {});
      assert.ok(await p.getByText(sv.common.notice[notice]).isVisible());
      assert.equal(await p.locator('h1').innerText(), sv.common.start.title);
      assert.deepEqual(errors, []);
      await ctx.close();
    });
  }

  it('drops stored data it cannot read, with a message', async () => {
    const ctx = await newLoggedContext();
    await ctx.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('forsta-steget', '{"v":0,"entries":"x"}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const p = await ctx.newPage();
    await p.goto(server.origin + '/');
    await p.getByText(sv.common.notice.dropped).waitFor({ timeout: 15000 }).catch(() => {});
    assert.ok(await p.getByText(sv.common.notice.dropped).isVisible());
    assert.equal(await p.evaluate(() => localStorage.getItem('forsta-steget')), null);
    await ctx.close();
  });
});

describe('an unknown language code', () => {
  it('in stored settings gives a plain message and a Swedish page', async () => {
    const ctx = await newLoggedContext();
    await ctx.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('forsta-steget', JSON.stringify({ v: 1, entries: [], done: [], settings: { lang: 'xx', theme: 'dark' } }));
        sessionStorage.setItem('seeded', '1');
      }
    });
    const p = await ctx.newPage();
    await p.goto(server.origin + '/');
    await p.getByText(sv.common.notice.badLanguage).waitFor({ timeout: 15000 }).catch(() => {});
    assert.ok(await p.getByText(sv.common.notice.badLanguage).isVisible());
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'sv');
    assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the rest of the settings still apply');
    await ctx.close();
  });
});

describe('quick exit and read aloud', () => {
  it('"Lämna sidan snabbt" clears the screen and memory and leaves for a neutral page', async () => {
    // Not logged: leaving is the one navigation off the origin, chosen by the person.
    const ctx = await browser.newContext();
    await ctx.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>SMHI</title>' }));
    const p = await ctx.newPage();
    await walkTo(p, SICK.errand, SICK.answers);
    await p.getByRole('link', { name: sv.common.exit.button }).click();
    await p.waitForURL('https://www.smhi.se/**');
    assert.equal(await p.title(), 'SMHI');
    await p.goBack();
    await p.waitForLoadState();
    // Whatever the browser restores, no answer or plan is on the screen, and the tab's memory is empty.
    const text = await p.locator('body').innerText();
    assert.ok(!text.includes(sv.sjuk.outcomes['anstalld-lang'].title));
    assert.equal(await p.evaluate(() => sessionStorage.getItem('forsta-steget-flik')?.includes('anstalld') ?? false), false);
    await ctx.close();
  });

  it('leaves as quickly with Shift pressed three times, from anywhere on the page', async () => {
    const ctx = await browser.newContext();
    await ctx.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>SMHI</title>' }));
    const p = await ctx.newPage();
    await walkTo(p, SICK.errand, SICK.answers);
    // Two presses are not enough: nothing happens.
    await p.keyboard.press('Shift');
    await p.keyboard.press('Shift');
    await p.waitForTimeout(2200);
    await p.keyboard.press('Shift');
    assert.equal(await p.evaluate(() => location.origin), server.origin);
    await p.keyboard.press('Shift');
    await p.keyboard.press('Shift');
    await p.waitForURL('https://www.smhi.se/**');
    assert.equal(await p.title(), 'SMHI');
    // The app's page was replaced, not left behind in the history.
    await p.goBack();
    await p.waitForLoadState();
    assert.ok(!(await p.locator('body').innerText()).includes(sv.sjuk.outcomes['anstalld-lang'].title));
    await ctx.close();
  });

  it('shows "Läs upp" only with a local Swedish voice, never a cloud voice', async () => {
    const fake = (local) => `(() => {
      window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
      const voices = [{ name: 'v', lang: 'sv-SE', localService: ${local}, default: true, voiceURI: 'v' }];
      window.__spoken = [];
      Object.defineProperty(window, 'speechSynthesis', { value: {
        getVoices: () => voices, speak: (u) => window.__spoken.push(u.text), cancel: () => { window.__cancelled = (window.__cancelled ?? 0) + 1; },
        addEventListener: () => {}, removeEventListener: () => {} } });
    })()`;
    for (const local of [true, false]) {
      const ctx = await newLoggedContext();
      await ctx.addInitScript(fake(local));
      const p = await ctx.newPage();
      await p.goto(`${server.origin}/`);
      await p.getByRole('link', { name: sv.sjuk.title }).click();
      const btn = p.getByRole('button', { name: sv.common.readAloud.start });
      if (local) {
        await btn.click();
        const spoken = await p.evaluate(() => window.__spoken);
        assert.ok(spoken[0].startsWith(sv.sjuk.questions.situation.title), spoken[0]);
        // The next question stops the reading, and the button reads the new question.
        const first = Object.values(sv.sjuk.questions.situation.options)[0];
        await p.locator('fieldset').getByText(first, { exact: true }).click();
        await p.getByRole('button', { name: sv.common.question.next }).click();
        await settle(p);
        assert.equal(await p.evaluate(() => window.__cancelled), 1, 'reading stopped');
        await btn.click();
        const next = await p.locator('h1').innerText();
        assert.notEqual(next, sv.sjuk.questions.situation.title);
        assert.ok((await p.evaluate(() => window.__spoken))[1].startsWith(next), 'reads the new question');
      } else {
        assert.equal(await btn.count(), 0, 'no control with only a cloud voice');
      }
      await ctx.close();
    }
    assert.equal(await page.getByRole('button', { name: sv.common.readAloud.start }).count(), 0, 'no voice, no control');
  });
});

describe('för ombud', () => {
  it('has guidance, a blank printable step list and every errand at a glance', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('link', { name: sv.common.ombud.link }).click();
    assert.equal(await page.locator('h1').innerText(), sv.common.ombud.title);
    await page.locator('details.overview').first().waitFor();
    assert.equal(await page.locator('details.overview').count(), Object.keys(content.flows).length);
    assert.equal(await page.locator('.blank-step').count(), 4);
    violations.push(...(await axeCheck(page)).map((v) => `ombud: ${v}`));
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.blank-step').first().isVisible());
    assert.equal(await page.locator('details.overview').first().isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('audits and privacy', () => {
  it('has zero axe violations on the plan, print, share and ombud pages', () => {
    assert.deepEqual(violations, []);
  });

  it('sends nothing off the origin and nothing but GET', () => {
    const origin = new URL(server.origin).origin;
    assert.ok(requests.length > 0);
    assert.deepEqual(requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin), []);
    assert.deepEqual(requests.filter((r) => r.method !== 'GET' || new URL(r.url).search), []);
  });
});

describe('nothing lost on a reload', () => {
  it('keeps the question, the plan and the language for the life of the tab, and forgets them when the tab closes', async () => {
    const ctx = await newLoggedContext();
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/`);
    await p.getByRole('link', { name: sv.sjuk.title }).click();
    await settle(p);
    await p.locator('fieldset').getByText(sv.sjuk.questions.situation.options.student, { exact: true }).click();
    await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
    await settle(p);
    // An old phone reloads the tab in the background: the same question comes back.
    await p.reload();
    await p.waitForFunction(() => document.querySelector('h1')?.textContent && location.hash === '#/sjuk/hur-lange');
    await settle(p);
    assert.equal(await p.locator('h1').innerText(), sv.sjuk.questions['hur-lange'].title);
    // On to the outcome and into the plan, then a reload: the outcome and the plan are still there.
    await p.locator('fieldset').getByText(sv.sjuk.questions['hur-lange'].options.lang, { exact: true }).click();
    await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
    await settle(p);
    await p.getByRole('button', { name: sv.common.review.confirm }).click();
    await settle(p);
    await p.getByRole('button', { name: sv.common.plan.add }).click();
    // The focus stays on the control, which now says so; the status region says it too.
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), sv.common.plan.addedButton);
    assert.match(await p.locator('#added-status').innerText(), new RegExp(sv.common.plan.added.replace('.', '\\.')));
    // The tab writes its memory a frame after a change.
    await p.waitForFunction(() => (sessionStorage.getItem('forsta-steget-flik') ?? '').includes('"plan"'));
    await p.reload();
    await p.waitForFunction(() => location.hash === '#/sjuk/plan');
    await settle(p);
    assert.equal(await p.locator('h1').innerText(), sv.sjuk.outcomes['student-lang'].title);
    assert.ok(await p.getByText(sv.common.plan.added).isVisible());
    // Nothing of it is in the address, and nothing is on the device beyond the tab.
    assert.equal(await p.evaluate(() => location.search + location.hash), '#/sjuk/plan');
    assert.equal(await p.evaluate(() => localStorage.length), 0);
    // A new tab (a new session) starts afresh.
    const q = await ctx.newPage();
    await q.goto(`${server.origin}/#/sjuk/plan`);
    await settle(q);
    assert.equal(await q.locator('h1').innerText(), sv.sjuk.questions.situation.title);
    await ctx.close();
  });
});

describe('acute help on a small phone', () => {
  it('shows 112 on screen straight after the answer, with no review page, and the crisis link stays on screen', async () => {
    const ctx = await newLoggedContext({ viewport: { width: 360, height: 640 } });
    const p = await ctx.newPage();
    const po = sv['psykisk-ohalsa'];
    for (const [option, outcome] of [['ja', 'akut'], ['tankar', 'tankar'], ['vetinte', 'osaker']]) {
      // 112 must be on screen at once for "in danger now"; the others come straight too, with no review page.
      await p.goto(`${server.origin}/#/`);
      await p.getByRole('link', { name: po.title }).click();
      await settle(p);
      // The tab title never names the question about dying.
      assert.equal(await p.title(), 'Fråga 1 – Första steget');
      await p.locator('fieldset').getByText(po.questions.fara.options[option], { exact: true }).click();
      await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
      await settle(p);
      assert.equal(await p.locator('h1').innerText(), po.outcomes[outcome].title, option);
      assert.equal(await p.evaluate(() => location.hash), '#/psykisk-ohalsa/plan');
      assert.equal(await p.title(), `${sv.common.outcome.title} – Första steget`);
      if (option === 'ja') {
        const first = p.locator('ol.steps a[href="tel:112"]').first();
        const box = await first.boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `112 is on screen without scrolling: ${JSON.stringify(box)}`);
      }
    }
    // At the bottom of the long page the crisis link is still on screen, one tap away.
    await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const crisis = await p.getByRole('link', { name: sv.common.crisis.link }).boundingBox();
    assert.ok(crisis && crisis.y >= 0 && crisis.y + crisis.height <= 640, JSON.stringify(crisis));
    await ctx.close();
  });
});

describe('right-to-left and other languages', () => {
  for (const [code, svName] of [['ar', 'arabiska'], ['fa', 'persiska']])
  it(`keeps numbers in their own order in ${code}, shows "Säg så här" in Swedish first, and offers the interpreter sentence`, async () => {
    const ar = content.locales[code];
    const ctx = await newLoggedContext();
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/`);
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await chooseLanguage(p, ar.common.app.languageName);
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    await p.getByRole('link', { name: ar.sjuk.title }).click();
    for (const [node, option] of [['situation', 'student'], ['hur-lange', 'lang']]) {
      await settle(p);
      await p.locator('fieldset').getByText(ar.sjuk.questions[node].options[option], { exact: true }).click();
      await p.getByRole('button', { name: ar.common.question.next, exact: true }).click();
    }
    await settle(p);
    await p.getByRole('button', { name: ar.common.review.confirm }).click();
    await settle(p);
    // Every phone number, web address and form number in the page sits in a left-to-right island.
    const loose = await p.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of n.textContent.matchAll(/\d{2,4}-\d[\d ]*\d|[\w-]+\.se\b/g)) if (!n.parentElement.closest('[dir="ltr"]')) out.push(m[0]);
      }
      return out;
    });
    assert.deepEqual(loose, []);
    // And they read left to right on screen: "0771" is left of the last "524".
    const order = await p.evaluate(() => {
      const a = [...document.querySelectorAll('main a[href^="tel:0771"]')][0];
      const text = a.firstChild;
      const r = document.createRange();
      r.setStart(text, 0);
      r.setEnd(text, 1);
      const first = r.getBoundingClientRect().left;
      r.setStart(text, text.length - 1);
      r.setEnd(text, text.length);
      return { text: a.textContent, firstLeft: first, lastLeft: r.getBoundingClientRect().left };
    });
    assert.ok(order.firstLeft < order.lastLeft, JSON.stringify(order));
    // "Säg så här": the Swedish sentence, marked Swedish, first; the translation under it.
    const say = p.locator('.step__say').first();
    assert.equal(await say.locator('.say__sv').getAttribute('lang'), 'sv');
    assert.equal(await say.locator('.say__sv').innerText(), `”${sv.sjuk.outcomes['student-lang'].steps.sjukanmal.say}”`);
    assert.equal(await say.locator('.say__translation').innerText(), ar.sjuk.outcomes['student-lang'].steps.sjukanmal.say);
    assert.ok(await p.getByText(`”${ar.common.app.interpreterSay}”`).isVisible());
    assert.equal(ar.common.app.interpreterSay, `Jag behöver tolk på ${svName}.`);
    const violations = await axeAAA(p);
    assert.deepEqual(violations, []);
    await ctx.close();
  });
});

describe('a way back from every page', () => {
  it('has its own Tillbaka on Min plan, Visning, För ombud, Integritet and Tillgänglighet (no browser Back in an installed app)', async () => {
    const ctx = await newLoggedContext();
    const p = await ctx.newPage();
    for (const [hash, title] of [['#/min-plan', sv.common.plan.title], ['#/visning', sv.common.display.title], ['#/for-ombud', sv.common.ombud.title], ['#/integritet', sv.common.privacy.title], ['#/tillganglighet', sv.common.a11y.title]]) {
      await p.goto(`${server.origin}/#/`);
      await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
      await p.evaluate((h) => { location.hash = h; }, hash);
      await p.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, title);
      await p.getByRole('button', { name: sv.common.question.back, exact: true }).click();
      await settle(p);
      assert.equal(await p.locator('main h1').innerText(), sv.common.start.title, hash);
    }
    await ctx.close();
  });
});

describe('display kept by its own choice', () => {
  it('keeps text size and theme over a reload only when chosen on Visning, and Glöm allt forgets them', async () => {
    const ctx = await newLoggedContext();
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/visning`);
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await p.getByLabel(sv.common.display.theme.dark).check();
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
    assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), undefined, 'not kept unless chosen');
    await p.getByLabel(sv.common.display.theme.dark).check();
    await p.getByLabel(sv.common.display.keep).check();
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
    assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.ok(await p.getByLabel(sv.common.display.keep).isChecked());
    // Answers are not saved by this choice.
    assert.equal(await p.evaluate(() => localStorage.getItem('forsta-steget')), null);
    await p.getByRole('button', { name: sv.common.save.forget }).click();
    await p.getByRole('button', { name: sv.common.save.forgetConfirm }).click();
    assert.equal(await p.evaluate(() => localStorage.length), 0);
    assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), undefined);
    await ctx.close();
  });
});
