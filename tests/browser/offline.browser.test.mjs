// Offline after the first visit, the Content-Security-Policy, the page
// without JavaScript, and coming back to the same place after "ladda om".
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadContent, ROOT, serverAndBrowser, settle, chooseLanguage } from './harness.mjs';

const content = loadContent();
const sv = content.locales.sv;
const errandIds = Object.keys(content.flows);
const env = serverAndBrowser();

/** Waits until the service worker controls the page, so everything is precached. */
async function swControls(p) {
  await p.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

async function answerAll(p, errand, answers) {
  for (let i = 0; i < 10; i++) {
    await settle(p);
    const node = (await p.evaluate(() => location.hash)).split('/')[2];
    if (node === 'kontroll') break;
    await p.locator('fieldset').getByText(content.locales[await p.evaluate(() => document.documentElement.lang)][errand].questions[node].options[answers[node]], { exact: true }).click();
    await p.getByRole('button', { name: /^(Nästa|Next|التالي)$/ }).click();
  }
}

describe('offline', () => {
  it('works with no network after the first visit: reload, finish an errand, switch language', async () => {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/`);
    await swControls(p);
    await ctx.setOffline(true);
    await p.reload();
    await p.getByRole('link', { name: sv['sjuk-lange'].title }).click();
    const answers = JSON.parse(readFileSync(join(ROOT, 'flows/sjuk-lange/scenarios.json'), 'utf8'));
    const sc = Object.values(answers)[0];
    await answerAll(p, 'sjuk-lange', sc.answers);
    await p.getByRole('button', { name: sv.common.review.confirm }).click();
    await settle(p);
    assert.equal(await p.locator('h1').innerText(), sv['sjuk-lange'].outcomes[sc.outcome].title);
    await chooseLanguage(p, 'العربية');
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await p.locator('h1').innerText(), content.locales.ar['sjuk-lange'].outcomes[sc.outcome].title);
    await ctx.close();
  });
});

describe('installable', () => {
  it('links a web manifest with icons once the app runs, and the icons load', async () => {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    const requested = [];
    p.on('request', (r) => requested.push(r.url()));
    await p.goto(`${env.server.origin}/`);
    await settle(p);
    const href = await p.locator('link[rel="manifest"]').getAttribute('href');
    assert.ok(href, 'manifest linked');
    const manifest = await p.evaluate(async (h) => (await fetch(h)).json(), href);
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.lang, 'sv');
    assert.ok(manifest.name && manifest.short_name && manifest.start_url);
    const sizes = manifest.icons.map((i) => i.sizes);
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), 'icons 192 and 512');
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
    for (const icon of manifest.icons) {
      const r = await p.evaluate(async (u) => { const res = await fetch(u); return [res.status, res.headers.get('content-type')]; }, new URL(icon.src, new URL(href, env.server.origin + '/')).href);
      assert.deepEqual(r, [200, 'image/png'], icon.src);
    }
    // The tab icon is in the page itself (no request before the first paint),
    // and a PNG: an SVG icon costs a whole document on every step.
    assert.match((await p.locator('link[rel="icon"]').getAttribute('href')) ?? '', /^data:image\/png;base64,/);
    assert.ok(!/\/favicon\.ico$/.test(requested.join(' ')), 'no favicon.ico request');
    await ctx.close();
  });
});

describe('sends nothing, provably', () => {
  it('has a strict Content-Security-Policy and no violations on the way through an errand and the plan', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) assert.ok(csp.includes(d), d);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), 'no unsafe-inline or unsafe-eval');
    assert.match(html, /<meta name="referrer" content="no-referrer"/);
    // The one inline script (it starts the app after the first paint) is allowed by its hash, nothing else.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^<]+)<\/script>/g)].map((m) => m[1]);
    assert.equal(inline.length, 1, 'one inline script, the loader');
    for (const code of inline) assert.ok(csp.includes(`'sha256-${createHash('sha256').update(code).digest('base64')}'`), 'inline script allowed by its hash');
    const ctx = await env.browser.newContext();
    await ctx.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/psykisk-ohalsa/`);
    await answerAll(p, 'psykisk-ohalsa', { fara: 'nej', psykiatri: 'nej', 'vardcentral-fraga': 'ja', region: 'uppsala' });
    await p.getByRole('button', { name: sv.common.review.confirm }).click();
    await p.getByRole('button', { name: sv.common.plan.add }).click();
    await p.getByRole('link', { name: sv.common.plan.show }).click();
    await p.getByRole('button', { name: sv.common.share.open }).click();
    await p.locator('#share-panel svg.qr').waitFor();
    for (const hash of ['#/visning', '#/for-ombud', '#/integritet', '#/tillganglighet']) {
      await p.evaluate((h) => { location.hash = h; }, hash);
      await settle(p);
    }
    assert.deepEqual(await p.evaluate(() => window.__csp), []);
    await ctx.close();
  });

  it('shows the crisis numbers and the first contact for each errand without JavaScript', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/`);
    const noscript = p.locator('noscript, .noscript').first();
    const text = await p.locator('body').innerText();
    for (const n of ['112', '1177', '90101']) assert.ok(text.includes(n), n);
    for (const id of errandIds) assert.ok(text.includes(`${sv[id].title}: ${sv.common.start.noscriptFirst}`), `first contact for ${id}`);
    assert.ok(await noscript.count());
    // The start page itself is in the HTML, so it paints before any script runs.
    assert.equal(await p.locator('#root h1').innerText(), sv.common.start.title);
    await ctx.close();
  });

  /** A first visit (no service worker yet), once the app has taken over the start page. */
  async function firstVisit() {
    const ctx = await env.browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/`);
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
    return { ctx, p };
  }

  it('fetches nothing but the HTML before the start page is painted, and then only the app', async () => {
    // A preload of the app (or any other file) fetched alongside the HTML
    // puts the first paint back on a slow line (ADR 10, addendum).
    const { ctx, p } = await firstVisit();
    const r = await p.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      files: performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime]),
    }));
    assert.ok(r.fcp > 0, 'the start page painted');
    assert.deepEqual(r.files.filter(([, t]) => t < r.fcp).map(([f]) => f), [], 'fetched before the first paint');
    // The app is the one script the start fetches: the errand list is read
    // from the page, not fetched a second time before the app can take over.
    const scripts = r.files.map(([f]) => f).filter((f) => f.endsWith('.js'));
    assert.equal(scripts.length, 1, scripts.join(', '));
    assert.match(scripts[0], /^\/assets\/index-[^/]+\.js$/);
    await ctx.close();
  });

  it("fetches an errand's code and files together when it starts, not one after the other", async () => {
    // On a slow line each wait in a row is a round trip before the first
    // question. Holding back the map of errand files shows what is asked for
    // without it: everything that does not need the map.
    const { ctx, p } = await firstVisit();
    const asked = [];
    let released = false;
    p.on('request', (r) => {
      if (!released) asked.push(new URL(r.url()).pathname.split('/').pop());
    });
    await p.route(/\/assets\/loaders-[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      released = true;
      await route.continue();
    });
    await p.locator('a.errand-link').first().click();
    await p.locator('fieldset').waitFor();
    for (const f of ['loaders-', 'xstate', 'flowMachine-', 'QuestionView-', 'contacts-', 'sources-']) {
      assert.ok(asked.some((a) => a.startsWith(f)), `${f} asked for at once (asked: ${asked.join(', ')})`);
    }
    await ctx.close();
  });

  /** A slow line: the app's script arrives late, so the static start page is all there is for a while. */
  async function staticStartPage() {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    await p.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await p.goto(`${env.server.origin}/`);
    assert.equal(await p.evaluate(() => document.documentElement.dataset.ready), undefined, 'the app is not running yet');
    return { ctx, p };
  }

  it('the start page in index.html is the app\'s own start page, drawn by the same components', async () => {
    const { ctx, p } = await staticStartPage();
    // Tag, sorted attributes and words of every element: the same page, whoever drew it.
    const shape = () =>
      p.evaluate(() => {
        const walk = (n) =>
          n.nodeType === 3
            ? n.textContent
            : n.nodeType === 1
              ? `<${n.tagName.toLowerCase()} ${[...n.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ')}>${[...n.childNodes].map(walk).join('')}</>`
              : '';
        return walk(document.getElementById('root'));
      });
    const before = await shape();
    assert.match(before, /errand-link/);
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 10000 });
    assert.equal(await shape(), before);
    await ctx.close();
  });

  it('keeps a language chosen on the static start page before the app runs', async () => {
    const { ctx, p } = await staticStartPage();
    await chooseLanguage(p, 'العربية');
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1' && document.documentElement.lang === 'ar', null, { timeout: 10000 });
    assert.equal(await p.evaluate(() => document.documentElement.dir), 'rtl');
    await p.locator('h1', { hasText: content.locales.ar.common.start.title }).waitFor();
    await ctx.close();
  });

  it('keeps keyboard focus on the same link when the app takes over the static start page', async () => {
    const { ctx, p } = await staticStartPage();
    const first = await p.locator('a.errand-link').first().getAttribute('href');
    await p.locator(`a.errand-link[href="${first}"]`).focus();
    await p.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 10000 });
    assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('href')), first);
    await p.keyboard.press('Enter');
    await settle(p);
    assert.equal(await p.evaluate(() => location.hash.split('/')[1]), first.split('/')[1]);
    await ctx.close();
  });

  it('comes back to the same page after "ladda om" for a new version, from the tab\'s memory', async () => {
    const ctx = await env.browser.newContext();
    // What the tab remembers (src/stores/tab-memory.ts), as the app writes it, there before the reload.
    await ctx.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem('forsta-steget-flik', JSON.stringify({ place: { errand: 'sjuk', answers: { situation: 'student', 'hur-lange': 'lang' }, pos: 'plan' } }));
    });
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/#/sjuk/plan`);
    await p.waitForFunction(() => location.hash === '#/sjuk/plan', null, { timeout: 15000 }).catch(() => {});
    await settle(p);
    assert.equal(await p.locator('h1').innerText(), sv.sjuk.outcomes['student-lang'].title);
    assert.match(await p.evaluate(() => sessionStorage.getItem('forsta-steget-flik')), /student/);
    await ctx.close();
  });

  it('offers "ladda om" when a new version takes over, without losing the page', async () => {
    const ctx = await env.browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${env.server.origin}/`);
    await swControls(p);
    await p.getByRole('link', { name: sv.sjuk.title }).click();
    await settle(p);
    // Publish a "new version": a changed service worker, then ask the browser to check.
    const sw = join(ROOT, 'dist/sw.js');
    const original = readFileSync(sw, 'utf8');
    try {
      // Same length (the preview server keeps each file's size), different bytes.
      writeFileSync(sw, original.replace(/revision:"([0-9a-f])/, (_, c) => `revision:"${c === 'a' ? 'b' : 'a'}`));
      await p.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await p.getByText(sv.common.notice.update).waitFor({ timeout: 10000 });
    } finally {
      writeFileSync(sw, original);
    }
    assert.equal(await p.evaluate(() => location.hash), '#/sjuk/situation', 'still on the same page');
    await p.locator('fieldset').getByText(sv.sjuk.questions.situation.options.student, { exact: true }).click();
    await p.getByRole('button', { name: sv.common.question.next, exact: true }).click();
    await settle(p);
    await p.getByRole('button', { name: sv.common.notice.reload }).click();
    await p.waitForLoadState('load');
    await p.waitForFunction(() => location.hash === '#/sjuk/hur-lange', null, { timeout: 15000 }).catch(() => {});
    await settle(p);
    assert.equal(await p.locator('h1').innerText(), sv.sjuk.questions['hur-lange'].title);
    await ctx.close();
  });
});
