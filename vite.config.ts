import { createHash } from 'node:crypto';
import { createServer } from 'vite';
import { textKeys } from './src/engine/keys.ts';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { readCatalogueFromDisk, readStamps } from './scripts/lib/disk-catalogue.ts';
import { staleByLanguageOf } from './src/engine/staleness.ts';
import { FlowValidationError, lookup, validateCatalogue } from './src/engine/validate.ts';
import { errandOrder } from './src/engine/load.ts';
import { visibleSteps, walk } from './src/engine/route.ts';
import { isOutcome, isQuestion, type Catalogue } from './src/engine/types.ts';

/** flows/ and locales/, read once per build (and again after a change to them in dev). */
let onDisk: Catalogue | undefined;
const catalogueOnDisk = () => (onDisk ??= readCatalogueFromDisk(process.cwd()));
/** Per language, the namespaces whose translation lags: worked out once a build, not once per language chunk. */
let staleOnDisk: Record<string, string[]> | undefined;
const staleByLanguageOnDisk = () => (staleOnDisk ??= staleByLanguageOf(catalogueOnDisk().locales as Record<string, Record<string, unknown>>, readStamps(process.cwd())));

/** A flow with a broken route, key or source must fail the build, not a person. */
function validateFlows(): Plugin {
  return {
    name: 'forsta-steget:validate-flows',
    buildStart() {
      onDisk = undefined;
      staleOnDisk = undefined;
      const problems = validateCatalogue(catalogueOnDisk());
      if (problems.length) this.error(new FlowValidationError(problems).message);
    },
    watchChange(file) {
      if (/[\\/](flows|locales|translations)[\\/]/.test(file)) {
        onDisk = undefined;
        staleOnDisk = undefined;
      }
    },
  };
}

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The first contact of an errand when every question is answered "Jag vet inte": the safe default. */
function firstContact(cat: Catalogue, id: string): string | undefined {
  const flow = cat.flows[id]!;
  const answers: Record<string, string> = {};
  for (let i = 0; i < 20; i++) {
    const at = walk(flow, answers).at;
    const node = flow.nodes[at];
    if (isOutcome(node)) {
      const step = visibleSteps(node.steps, answers)[0];
      return step && (lookup(cat.locales.sv!.common, textKeys.contact(step.contact, 'name')) as string);
    }
    if (!isQuestion(node)) return undefined;
    answers[at] = node.dontKnow ?? node.options[0]!;
  }
  return undefined;
}

/**
 * The start page rendered from the app's own components (src/app/static-start.tsx)
 * by Solid's server renderer, in a short-lived Vite server of its own that
 * compiles JSX for the server and without hydration markers: the app draws
 * the same page over it when it runs.
 */
async function renderStartPage(cat: Catalogue, order: string[]): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    plugins: [solid({ solid: { generate: 'ssr', hydratable: false } })],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule('/src/app/static-start.tsx')) as typeof import('./src/app/static-start');
    return mod.renderStartPage(cat, order);
  } finally {
    await server.close();
  }
}

/**
 * `virtual:errand-index` (errand order and start-page titles per language),
 * and the start page rendered into index.html at build time: it paints before
 * any script runs (fast LCP on an old phone), and without JavaScript the page
 * still shows the crisis numbers and the first contact for each errand.
 */
function errandIndex(): Plugin {
  const id = 'virtual:errand-index';
  const resolved = '\0' + id;
  return {
    name: 'forsta-steget:errand-index',
    resolveId: (i) => (i === id || i.startsWith(`${id}/`) ? '\0' + i : undefined),
    load(i) {
      if (!i.startsWith(resolved)) return undefined;
      const cat = catalogueOnDisk();
      const order = errandOrder(cat);
      const titlesOf = (lang: string) =>
        Object.fromEntries(order.map((e) => [e, { title: lookup(cat.locales[lang]![e], 'title') as string, summary: lookup(cat.locales[lang]![e], 'summary') as string }]));
      // Each language's chunk also says which of its namespaces lag behind the Swedish: it loads with the language,
      // so the first page's script does not grow with errands whose translations lag.
      if (i.startsWith(`${resolved}/`)) {
        const lang = i.slice(resolved.length + 1);
        const stale = staleByLanguageOnDisk()[lang] ?? [];
        return `export default ${JSON.stringify({ order, titles: titlesOf(lang), stale })};`;
      }
      // Only the language names are in the first page's script; everything that grows with errands loads later.
      const names = Object.fromEntries(Object.keys(cat.locales).map((l) => [l, lookup(cat.locales[l]!.common, 'app.languageName')]));
      return `export default { languageNames: ${JSON.stringify(names)}, titleLoaders: { ${Object.keys(cat.locales)
        .map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${id}/${l}`)}).then((m) => m.default)`)
        .join(', ')} } };`;
    },
    async transformIndexHtml(html) {
      const cat = catalogueOnDisk();
      const c = (k: string) => esc(lookup(cat.locales.sv!.common, k));
      const order = errandOrder(cat);
      const start = await renderStartPage(cat, order);
      const first = order
        .map((e) => `<li><strong>${esc(lookup(cat.locales.sv![e], 'title'))}</strong>: ${c('start.noscriptFirst')} ${esc(firstContact(cat, e) ?? '')}.</li>`)
        .join('');
      return html
        .replace('<div id="root"></div>', `<div id="root">${start}</div>`)
        .replace('<!--first-contacts-->', `<h2>${c('start.noscriptTitle')}</h2><ul>${first}</ul>`);
    },
  };
}

/** Allows exactly this inline code by its hash in the CSP's directive: still no 'unsafe-inline'. */
const allowByHash = (html: string, directive: 'script-src' | 'style-src', code: string) =>
  html.replace(`${directive} 'self'`, `${directive} 'self' 'sha256-${createHash('sha256').update(code).digest('base64')}'`);

/**
 * Nothing but index.html before the first paint (LCP on slow networks,
 * docs/adr/0010): the stylesheet is inlined, the app's script runs only after
 * the paint, and the manifest is linked by the app.
 */
function firstPaint(): Plugin {
  return {
    name: 'forsta-steget:first-paint',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        let out = html;
        for (const [file, chunk] of Object.entries(ctx.bundle)) {
          if (!file.endsWith('.css') || chunk.type !== 'asset') continue;
          const css = String(chunk.source);
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
          if (!link.test(out)) continue;
          out = allowByHash(out.replace(link, () => `<style>${css}</style>`), 'style-src', css);
        }
        // The entry script loads after the first paint: the start page is
        // already in the HTML, so the browser paints it without waiting for
        // the app (LCP on slow phones). Nothing else is fetched before that
        // paint, not even a modulepreload of the app: fetching and compiling
        // it alongside the HTML put the paint back (ADR 10, addendum). The
        // inline loader is allowed by its hash, so still no 'unsafe-inline'.
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(out);
        if (entry) {
          const src = JSON.stringify(entry[1]);
          // Start once the first contentful paint is on screen; a tab opened in
          // the background never paints, so a timer starts it there. A language
          // chosen on the static page before the app runs is kept for it
          // (links work without the app: the app reads the address on start).
          const loader = `let s=0;const go=()=>{if(!s){s=1;import(${src})}};try{new PerformanceObserver((l,o)=>{if(l.getEntries().length){o.disconnect();setTimeout(go)}}).observe({type:"paint",buffered:true})}catch{}setTimeout(go,800);document.addEventListener("click",e=>{const b=e.target.closest&&e.target.closest(".lang-menu__item");if(b&&!document.documentElement.dataset.ready){window.__earlyLang=b.lang;go()}})`;
          out = allowByHash(out.replace(entry[0], () => `<script type="module">${loader}</script>`), 'script-src', loader);
        }
        return out;
      },
    },
    // vite-plugin-pwa links the manifest in the HTML after every other HTML
    // hook; the app links it once it runs (src/app/offline.ts), after the
    // first paint, so the first paint shares the line with nothing.
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type === 'asset') html.source = String(html.source).replace(/<link rel="manifest"[^>]*>/, '');
    },
  };
}

export default defineConfig({
  plugins: [
    solid(),
    validateFlows(),
    errandIndex(),
    firstPaint(),
    // Offline after the first visit: every errand in every language is precached.
    // We register the service worker ourselves (src/app/offline.ts), hence these two options.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['apple-touch-icon.png'],
      manifest: {
        name: 'Första steget – vem kontaktar jag först?',
        short_name: 'Första steget',
        description: 'Vem du kontaktar först när du är sjuk, mår dåligt, söker jobb eller har ont om pengar.',
        lang: 'sv',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b0c0c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{js,css,html,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  build: { target: 'es2020' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
