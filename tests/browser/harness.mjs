// Shared set-up for the browser tests: serve the built app with `vite preview`
// on loopback, drive Debian's Chromium with playwright-core (never a
// downloaded browser), and read the flows from disk to know every path.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { runnerImport } from 'vite';
import { after, before } from 'node:test';

export const ROOT = process.cwd();
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** `vite preview` of a project's dist/ (this project's, or another copy's: the benchmark's 500 errands). */
export async function startServer(root = ROOT) {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `vite build` first (npm run test:browser does)');
  const port = await freePort();
  const proc = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(origin + '/');
      if (r.ok) return { origin, stop: () => proc.kill() };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error('vite preview did not start');
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// The engine's own loader and routing, through Vite's module runner (Node 20
// cannot strip types), so the tests walk flows exactly as the app routes them.
const ts = async (file) => (await runnerImport(join(ROOT, file), { configFile: false, logLevel: 'error' })).module;
const disk = await ts('scripts/lib/disk-catalogue.ts');
const route = await ts('src/engine/route.ts');

/** The catalogue as the build reads it: flows (with ids), contacts, sources and every locale. */
export function loadContent() {
  return disk.readCatalogueFromDisk(ROOT);
}

export const visibleSteps = (steps, answers) => route.visibleSteps(steps, answers);

/** An errand's hand-written scenarios (flows/<errand>/scenarios.json): answers → the outcome a real case must reach. */
export function loadScenarios(errand) {
  return disk.readScenarios(ROOT, errand);
}

/**
 * Waits until the app has settled after a step: focus on the new heading (or
 * the error summary). Views and texts load on demand, so a step can take a
 * moment the first time; a test that then checks focus still fails if focus
 * never arrives.
 */
export async function settle(page) {
  await page
    .waitForFunction(() => {
      const a = document.activeElement;
      return document.documentElement.dataset.ready === '1' && !!a && (a.tagName === 'H1' || a.classList.contains('error-summary')) && !document.querySelector('main:empty');
    }, null, { timeout: 3000 })
    .catch(() => {});
  // The address bar follows the page a frame later (src/app/session.ts).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r))))));
}

/** AA tags plus the AAA contrast rule (7:1), which a tired or low-vision reader needs. */
export async function axeAAA(page) {
  return axeCheck(page, ['color-contrast-enhanced']);
}

/** No sideways scrolling at the current width (1.4.10 Reflow). */
export async function overflowX(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Interactive elements smaller than 44×44 CSS px (2.5.5), except links inside
 * running text, which the criterion exempts.
 */
export async function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      if (el.classList.contains('skip-link')) continue; // off screen until focused
      // The native radio is transparent over its 44 px control; the row with its label is the target.
      const box = el.matches('input[type=radio].radio__input') ? el.closest('.radio').getBoundingClientRect() : r;
      const inline = el.tagName === 'A' && el.closest('p, li, dd') && style.display === 'inline';
      if (inline) continue;
      if (box.width < 43.5 || box.height < 43.5) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return out;
  });
}

/** WCAG 1.4.12 text spacing: with the overrides applied, no text is clipped and nothing scrolls sideways. */
export async function textSpacingProblems(page) {
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.appendChild(style);
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(cs.overflowX) || ['hidden', 'clip'].includes(cs.overflowY);
      if (!clips || el.closest('.visually-hidden') || el.classList.contains('visually-hidden')) continue;
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) out.push(el.tagName + '.' + el.className);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('page scrolls sideways');
    style.remove();
    return out;
  });
}

export async function axeCheck(page, extraRules = []) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  let violations = result.violations;
  if (extraRules.length) {
    const more = await new AxeBuilder({ page }).withRules(extraRules).analyze();
    violations = violations.concat(more.violations);
  }
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A test file's built-app server and browser: started before its tests, stopped after. */
export function serverAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

/**
 * An outcome page reached as a reload reaches it: the tab remembers the
 * answers (src/stores/tab-memory.ts), and, if given, the kommun.
 */
export async function rememberedOutcome(env, errand, answers, { width = 390, kommun, context = {} } = {}) {
  const ctx = await env.browser.newContext({ viewport: { width, height: 800 }, ...context });
  await ctx.addInitScript(
    ([place, kommun]) => {
      if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem('forsta-steget-flik', JSON.stringify({ place, ...(kommun ? { kommun } : {}) }));
    },
    [{ errand, answers, pos: 'plan' }, kommun],
  );
  const p = await ctx.newPage();
  p.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await p.goto(`${env.server.origin}/#/${errand}/plan`);
  await p.waitForFunction(() => document.querySelector('.outcome'), null, { timeout: 15000 });
  await settle(p);
  return { ctx, p };
}


/** Chooses a language by its own name in the header's language menu (a native disclosure: opened first if closed). */
export async function chooseLanguage(p, name) {
  const menu = p.locator('details.lang-menu');
  // The app may take over the static start page between the two clicks: then open it again.
  for (let i = 0; ; i++) {
    if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
    try {
      await p.getByRole('button', { name, exact: true }).click({ timeout: 3000 });
      return;
    } catch (e) {
      if (i === 2) throw e;
    }
  }
}
