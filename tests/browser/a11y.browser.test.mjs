// Accessibility beyond axe: keyboard alone on every errand (at most 4 key
// presses per question), skip link, visible focus, what a screen reader hears
// (aria snapshots), media preferences and themes, and every page type in
// English and Arabic.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeAAA, launch, loadContent, loadScenarios, overflowX, ROOT, settle, startServer, chooseLanguage } from './harness.mjs';

const content = loadContent();
const sv = content.locales.sv;
const errandIds = Object.keys(content.flows).sort((a, b) => content.flows[a].order - content.flows[b].order);
let server, browser, context, page;

before(async () => {
  server = await startServer();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() }));

describe('keyboard alone', () => {
  for (const errand of errandIds) {
    // A path answered with the first or second option: Tab, Space or ArrowDown, Tab, Enter.
    // A hand-written scenario (not acute: those have no review page) answered with the first three options only.
    const flow = content.flows[errand];
    const found = Object.values(loadScenarios(errand)).find(
      (sc) => !flow.nodes[sc.outcome].acute && Object.entries(sc.answers).every(([n, o]) => flow.nodes[n].options.indexOf(o) <= 2),
    );
    const path = found && { outcome: found.outcome, answers: found.answers };
    it(`completes ${errand} with at most 4 key presses per question`, async () => {
      assert.ok(path, 'a scenario of first and second options exists');
      await page.goto(`${server.origin}/#/`);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      // From the start page, Tab to the errand's link and press Enter.
      for (let i = 0; i < 40 && !(await focused()).text?.startsWith(sv[errand].title); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 20; i++) {
        await settle(page);
        const node = await page.evaluate(() => location.hash.split('/')[2]);
        if (node === 'kontroll') break;
        const q = sv[errand].questions[node];
        const f = await focused();
        assert.equal(f.tag, 'H1', `focus on the heading of ${node}`);
        assert.equal(f.text, q.title);
        assert.ok(path.answers[node], `the scenario answers ${node}`);
        const idx = flow.nodes[node].options.indexOf(path.answers[node]);
        const keys = ['Tab', ...(idx === 0 ? ['Space'] : Array(idx).fill('ArrowDown')), 'Tab', 'Enter'];
        // Four presses for the first two options, one more for each option further down.
        assert.ok(keys.length <= 3 + Math.max(1, idx));
        for (const k of keys) await page.keyboard.press(k);
      }
      await settle(page);
      assert.equal((await focused()).text, sv.common.review.title);
      for (let i = 0; i < 20 && (await focused()).text !== sv.common.review.confirm; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await settle(page);
      const f = await focused();
      assert.equal(f.tag, 'H1');
      assert.equal(f.text, sv[errand].outcomes[path.outcome].title);
    });
  }

  it('has a skip link as the first Tab stop, which moves focus to the main content', async () => {
    await page.goto(`${server.origin}/#/`);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).text, sv.common.app.skipLink);
    assert.ok(await page.locator('.skip-link').isVisible(), 'visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });

  it('shows a visible focus indicator on links, buttons and radios', async () => {
    await page.goto(`${server.origin}/#/sjuk/`);
    await page.reload();
    await settle(page);
    const seen = new Set();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const target = el.matches('input[type=radio]') ? el.closest('.radio').querySelector('.radio__control') : el;
        const cs = getComputedStyle(target);
        const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
        return { kind: el.tagName + (el.getAttribute('type') ? `:${el.getAttribute('type')}` : ''), name: el.textContent.trim(), visible };
      });
      if (!r) continue;
      assert.ok(r.visible, `focus visible on ${r.kind}`);
      seen.add(r.kind);
      if (r.kind === 'BUTTON:button') seen.add(r.name);
    }
    // Links, buttons ("Nästa" among them) and the radios.
    for (const kind of ['A', 'BUTTON:button', sv.common.question.next, 'INPUT:radio']) assert.ok(seen.has(kind), `tabbed to ${kind}: ${[...seen]}`);
  });
});

describe('what a screen reader hears (aria snapshots)', () => {
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  const pages = {
    start: async () => page.goto(`${server.origin}/#/`),
    question: async () => {
      await page.goto(`${server.origin}/#/psykisk-ohalsa/`);
      await page.locator('fieldset').waitFor();
    },
    error: async () => {
      await page.goto(`${server.origin}/#/psykisk-ohalsa/`);
      await page.getByRole('button', { name: sv.common.question.next, exact: true }).click();
    },
    review: async () => {
      await page.goto(`${server.origin}/#/psykisk-ohalsa/`);
      for (const [node, option] of [['fara', 'nej'], ['psykiatri', 'ja']]) {
        await page.locator('fieldset').getByText(sv['psykisk-ohalsa'].questions[node].options[option], { exact: true }).click();
        await page.getByRole('button', { name: sv.common.question.next, exact: true }).click();
        await settle(page);
      }
    },
    outcome: async () => {
      await pages.review();
      await page.getByRole('button', { name: sv.common.review.confirm }).click();
      // "Var bor du?" draws its kommun field when its code has loaded: the snapshot waits for it.
      await page.getByRole('combobox').waitFor();
    },
    crisis: async () => page.goto(`${server.origin}/#/hjalp`),
    plan: async () => page.goto(`${server.origin}/#/min-plan`),
    display: async () => page.goto(`${server.origin}/#/visning`),
    accessibility: async () => page.goto(`${server.origin}/#/tillganglighet`),
  };
  for (const [name, open] of Object.entries(pages)) {
    it(`${name} page`, async () => {
      await page.goto(`${server.origin}/#/`);
      await page.reload();
      // Each page from a fresh tab: nothing remembered from the one before.
      await page.evaluate(() => sessionStorage.clear());
      await open();
      await settle(page);
      // The snapshot keeps roles, names and states, not ids.
      const snap = await page.locator('main').ariaSnapshot();
      const file = join(ROOT, 'tests/browser/aria', `${name}.yml`);
      if (update || !existsSync(file)) {
        assert.ok(update, `no snapshot for ${name}: run UPDATE_SNAPSHOTS=1 npm run test:browser and review the file`);
        writeFileSync(file, snap + '\n');
      }
      assert.equal(snap + '\n', readFileSync(file, 'utf8'));
    });
  }
});

describe('media preferences and themes', () => {
  const bg = (p) => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('marks a question with an error by a bar beside it and the message in it, and drops both on the next question', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/sjuk/`);
    await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
    await settle(p);
    const bar = () => p.evaluate(() => getComputedStyle(document.querySelector('fieldset')).borderInlineStartWidth);
    assert.equal(await bar(), '5px');
    assert.ok(await p.locator('fieldset .field-error').isVisible());
    await p.locator('fieldset').getByText(Object.values(sv.sjuk.questions.situation.options)[0], { exact: true }).click();
    await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
    await settle(p);
    assert.equal(await bar(), '0px');
    assert.equal(await p.locator('.field-error, .error-summary').count(), 0);
    await ctx.close();
  });

  it('follows prefers-color-scheme: dark, with AAA contrast', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/psykisk-ohalsa/`);
    assert.equal(await bg(p), 'rgb(11, 12, 12)');
    assert.deepEqual(await axeAAA(p), []);
    await ctx.close();
  });

  it('follows prefers-contrast: more with the high-contrast theme', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: 'more' }] });
    await p.goto(`${server.origin}/#/sjuk/`);
    assert.equal(await bg(p), 'rgb(0, 0, 0)');
    assert.deepEqual(await axeAAA(p), []);
    await ctx.close();
  });

  it('keeps borders, radios and focus visible in forced colours', async () => {
    const ctx = await browser.newContext({ forcedColors: 'active' });
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/sjuk/`);
    await p.locator('fieldset').getByText(sv.sjuk.questions.situation.options.student, { exact: true }).click();
    const r = await p.evaluate(() => {
      const ind = document.querySelector('.radio__indicator');
      const ctl = document.querySelector('.radio__control');
      return { indicator: getComputedStyle(ind).forcedColorAdjust, border: getComputedStyle(ctl).borderStyle };
    });
    assert.deepEqual(r, { indicator: 'none', border: 'solid' });
    assert.deepEqual(await axeAAA(p), []);
    await ctx.close();
  });

  it('moves nothing, and drops any transition with prefers-reduced-motion', async () => {
    // No transition or animation anywhere on a question page (ADR 16); and
    // with reduced motion the global rule that would stop one is in force.
    for (const [motion, property] of [['no-preference', 'all'], ['reduce', 'none']]) {
      const ctx = await browser.newContext({ reducedMotion: motion });
      const p = await ctx.newPage();
      await p.goto(`${server.origin}/#/sjuk/`);
      await p.locator('.button').first().waitFor();
      const moving = await p.evaluate(() =>
        [...document.querySelectorAll('*')].filter((e) => { const cs = getComputedStyle(e); return cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || cs.animationName !== 'none'; }).map((e) => e.className),
      );
      assert.deepEqual(moving, [], motion);
      assert.equal(await p.evaluate(() => getComputedStyle(document.querySelector('.button')).transitionProperty), property, motion);
      await ctx.close();
    }
  });

  it('offers larger text, more spacing, dark and high-contrast themes that pass AAA contrast and reflow', async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 720 } });
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/#/visning`);
    const fs0 = await p.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await p.getByLabel(sv.common.display.text['4']).check();
    const fs4 = await p.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(fs4 >= fs0 * 1.7, `text grows: ${fs0} → ${fs4}`);
    await p.getByLabel(sv.common.display.spacing.more).check();
    assert.ok(await p.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize)) >= 1.8);
    for (const theme of ['dark', 'contrast', 'light']) {
      await p.goto(`${server.origin}/#/visning`);
      await p.getByLabel(sv.common.display.theme[theme]).check();
      assert.deepEqual(await axeAAA(p), [], `${theme} on Visning`);
      for (const hash of ['#/hjalp', '#/', '#/sjuk/', '#/for-ombud']) {
        await p.evaluate((h) => { location.hash = h; }, hash);
        await p.locator('h1').waitFor();
        assert.deepEqual(await axeAAA(p), [], `${theme} on ${hash}`);
        assert.equal(await overflowX(p), 0, `${theme} on ${hash} reflows at 320 px with the largest text`);
      }
    }
    assert.equal(await p.evaluate(() => localStorage.length), 0, 'settings are not stored unless saving is on');
    await ctx.close();
  });
});

describe('every language beside Swedish', () => {
  // Each language named in itself, as the menu shows it; Arabic and Persian right to left.
  const others = Object.keys(content.locales).filter((l) => l !== 'sv').map((l) => [l, content.locales[l].common.app.languageName, ['ar', 'fa'].includes(l) ? 'rtl' : 'ltr']);
  it('offers every language the project has: English, Arabic, Persian, Somali, Tigrinya, Polish and Finnish', () => {
    assert.deepEqual(others.map(([l]) => l).sort(), ['ar', 'en', 'fa', 'fi', 'pl', 'so', 'ti']);
  });
  for (const [lang, name, dir] of others) {
    it(`${name}: every page type passes axe AA and AAA contrast, reflows, and says authorities often answer in Swedish`, async () => {
      const ctx = await browser.newContext({ viewport: { width: 320, height: 720 } });
      const p = await ctx.newPage();
      p.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      await p.goto(`${server.origin}/#/`);
      await chooseLanguage(p, name);
      await settle(p);
      await p.waitForFunction((l) => document.documentElement.lang === l, lang);
      const L = content.locales[lang];
      const check = async (what) => {
        const s = await p.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(s, { lang, dir }, what);
        assert.deepEqual(await axeAAA(p), [], what);
        assert.equal(await overflowX(p), 0, `${what} reflows`);
        assert.ok(await p.getByText(L.common.app.interpreterNote).isVisible(), `${what}: interpreter note`);
        assert.ok(await p.getByText(L.common.app.notReviewed).isVisible(), `${what}: not-reviewed note`);
      };
      await check('start');
      if (lang === 'ti') {
        // Ge'ez is drawn by the device's own font (none is fetched): with one installed, as phones have,
        // each letter is its own glyph, not the same empty box.
        const drawn = await p.evaluate(() => {
          const c = document.createElement('canvas');
          c.width = 48;
          c.height = 48;
          const g = c.getContext('2d');
          const draw = (ch) => {
            g.clearRect(0, 0, 48, 48);
            g.font = `32px ${getComputedStyle(document.body).fontFamily}`;
            g.fillText(ch, 4, 36);
            return g.getImageData(0, 0, 48, 48).data.join(',');
          };
          return { differ: draw('ት') !== draw('ግ'), notBox: draw('ት') !== draw('\u{10FFFD}') };
        });
        assert.deepEqual(drawn, { differ: true, notBox: true }, 'Tigrinya letters drawn with a Ge\'ez font');
      }
      await p.getByRole('link', { name: L['psykisk-ohalsa'].title }).click();
      await settle(p);
      assert.equal(await p.locator('h1').innerText(), L['psykisk-ohalsa'].questions.fara.title);
      await check('question');
      await p.getByRole('button', { name: L.common.question.next, exact: true }).click();
      await settle(p);
      await check('error');
      // "In danger now": acute help at once, with no review page (ADR 20).
      await p.locator('fieldset').getByText(L['psykisk-ohalsa'].questions.fara.options.ja, { exact: true }).click();
      await settle(p);
      await p.getByRole('button', { name: L.common.question.next, exact: true }).click();
      await settle(p);
      assert.equal(await p.locator('h1').innerText(), L['psykisk-ohalsa'].outcomes.akut.title);
      await check('acute outcome');
      await p.getByRole('button', { name: L.common.question.back }).click();
      await settle(p);
      for (const [node, option] of [['fara', 'nej'], ['psykiatri', 'ja']]) {
        await p.locator('fieldset').getByText(L['psykisk-ohalsa'].questions[node].options[option], { exact: true }).click();
        await p.getByRole('button', { name: L.common.question.next, exact: true }).click();
        await settle(p);
      }
      await check('review');
      await p.getByRole('button', { name: L.common.review.confirm }).click();
      await settle(p);
      assert.equal(await p.locator('h1').innerText(), L['psykisk-ohalsa'].outcomes['egen-mottagning'].title);
      await check('outcome');
      await p.getByRole('button', { name: L.common.plan.add }).click();
      await settle(p);
      for (const link of [L.common.plan.linkCount.replace('{{count}}', '1'), L.common.display.link, L.common.ombud.link, L.common.a11y.link, L.common.crisis.link]) {
        await p.getByRole('link', { name: link, exact: true }).click();
        await settle(p);
        await check(link);
      }
      await ctx.close();
    });
  }
});
