// npm run review: writes review/index.html (and review/<lang>.html), a static,
// printable document of every errand for an ombud or a domain expert.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errandOrder } from '../src/engine/load.ts';
import { reviewModel } from '../src/engine/review.ts';
import { lookup } from '../src/engine/validate.ts';
import { readCatalogueFromDisk, readStamps } from './lib/disk-catalogue.ts';
import { renderBeside } from './lib/review-beside.ts';
import { placesSection } from './lib/review-places.ts';
import { lettersSection } from './lib/review-letters.ts';

const esc = (s: string | undefined) => (s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function renderReview(root: string, lang: string): string {
  const cat = readCatalogueFromDisk(root);
  const tr = (ns: string, key: string) => {
    const v = lookup(cat.locales[lang]?.[ns], key);
    return typeof v === 'string' ? v : undefined;
  };
  const model = reviewModel(cat, errandOrder(cat), tr);
  const L = lang === 'sv'
    ? { title: 'Första steget – granskning av innehållet', q: 'Frågor', o: 'Utfall', leads: 'leder till', when: 'om', say: 'Säg så här', bring: 'Ta med', next: 'Sedan', ifNo: 'Om det inte går', src: 'Källor', checked: 'Senast granskad', made: 'Skapad', how: 'Så når du dem' }
    : { title: 'Första steget – content review', q: 'Questions', o: 'Outcomes', leads: 'leads to', when: 'if', say: 'Say', bring: 'Bring', next: 'Then', ifNo: 'If it does not work', src: 'Sources', checked: 'Last checked', made: 'Made', how: 'How to reach them' };
  const body = model.map((e) => `
<section class="errand" id="${esc(e.id)}">
  <h2>${esc(e.title)} <small>(${esc(e.id)})</small></h2>
  <p>${esc(e.summary)}</p>
  <h3>${L.q}</h3>
  ${e.questions.map((q) => `
  <div class="q" id="${esc(e.id)}-${esc(q.id)}">
    <h4>${esc(q.title)} <small>(${esc(q.id)})</small></h4>
    ${q.hint ? `<p class="hint">${esc(q.hint)}</p>` : ''}
    <ul>${q.options.map((o) => `<li><strong>${esc(o.label)}</strong> → ${o.leadsTo.map((r) => `${r.when ? `${L.when} ${esc(r.when)}: ` : ''}<a href="#${esc(e.id)}-${esc(r.to)}">${esc(r.toTitle)}</a>`).join('; ')}</li>`).join('')}</ul>
  </div>`).join('')}
  <h3>${L.o}</h3>
  ${e.outcomes.map((o) => `
  <div class="o${o.acute ? ' acute' : ''}" id="${esc(e.id)}-${esc(o.id)}">
    <h4>${esc(o.title)} <small>(${esc(o.id)})</small></h4>
    ${o.intro ? `<p>${esc(o.intro)}</p>` : ''}
    <ol>${o.steps.map((s) => `
      <li>${s.onlyIf ? `<em>(${L.when} ${esc(s.onlyIf)})</em><br>` : ''}<strong>${esc(s.title)}</strong><br>
      ${esc(s.contact.name)}${s.contact.phone ? ` · ${esc(s.contact.phone)}` : ''}${s.contact.web ? ` · ${esc(s.contact.web)}` : ''}${s.contact.find ? ` · ${esc(s.contact.find)}` : ''}<br>
      <em>${L.how}:</em> ${esc(s.how.join(', '))}<br>
      <em>${L.say}:</em> ”${esc(s.say)}”<br>
      ${s.bring ? `<em>${L.bring}:</em> ${esc(s.bring)}<br>` : ''}
      <em>${L.next}:</em> ${esc(s.next)}<br>
      <em>${L.ifNo}:</em> ${esc(s.ifNo)}</li>`).join('')}
    </ol>
    <p><em>${L.src}</em> (${L.checked} ${esc(o.checked)}):</p>
    <ul class="src">${o.sources.map((s) => `<li>${esc(s.url)} – ${esc(s.checked)}</li>`).join('')}</ul>
  </div>`).join('')}
</section>`).join('\n');
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${L.title}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.45;max-width:52rem;margin:0 auto;padding:1rem;color:#0b0c0c}
a{color:#003078} small{color:#2e3133;font-weight:normal} .hint{color:#2e3133}
.errand{border-top:3px solid #0b0c0c;margin-top:2rem} .o{border:1px solid #0b0c0c;padding:0 1rem;margin:1rem 0;break-inside:avoid}
.acute{border-left:6px solid #5c0f0a} .src{font-size:.9rem;word-break:break-all}
table{border-collapse:collapse;font-size:.9rem} td,th{border:1px solid #b1b4b6;padding:.25rem;vertical-align:top;text-align:start} td small{word-break:break-all}
@media print{body{font-size:11pt;max-width:none} a{color:#000;text-decoration:none} .errand{break-before:page}}
</style></head>
<body><h1>${L.title}</h1><p>${L.made} ${new Date().toISOString().slice(0, 10)} · ${model.length} ${lang === 'sv' ? 'ärenden' : 'errands'}</p>
<nav><ul>${model.map((e) => `<li><a href="#${esc(e.id)}">${esc(e.title)}</a></li>`).join('')}</ul></nav>
${body}
${lettersSection(cat, lang)}
${cat.places ? placesSection(cat.places) : ''}
</body></html>
`;
}

export function main(args: string[]) {
  const root = process.cwd();
  // `npm run review -- --beside fi`: Finnish beside Swedish, text by text, for a fluent reader.
  const beside = args.indexOf('--beside');
  if (beside >= 0) {
    const lang = args[beside + 1];
    const cat = readCatalogueFromDisk(root);
    if (!lang || lang === 'sv' || !cat.locales[lang]) {
      console.error(`Usage: npm run review -- --beside <lang>   (one of ${Object.keys(cat.locales).filter((l) => l !== 'sv').join(', ')})`);
      return 2;
    }
    const out = resolve(root, 'review');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${lang}-bredvid-svenska.html`), renderBeside(cat, lang, readStamps(root)[lang]));
    console.log(`Wrote ${join(out, `${lang}-bredvid-svenska.html`)}`);
    return 0;
  }
  const outDir = resolve(root, args[0] ?? 'review');
  mkdirSync(outDir, { recursive: true });
  const langs = Object.keys(readCatalogueFromDisk(root).locales);
  for (const lang of langs) writeFileSync(join(outDir, `${lang}.html`), renderReview(root, lang));
  writeFileSync(join(outDir, 'index.html'), renderReview(root, 'sv'));
  console.log(`Wrote ${join(outDir, 'index.html')} and ${langs.map((l) => `${l}.html`).join(', ')}`);
  return 0;
}
