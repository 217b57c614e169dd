import { errandOrder } from '../../src/engine/load.ts';
import { lagging, leafTexts, type Stamps } from '../../src/engine/staleness.ts';
import type { Catalogue } from '../../src/engine/types.ts';
import { lookup } from '../../src/engine/validate.ts';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A language beside Swedish, text by text, for a fluent reader to review on
 * paper: each namespace (the shared texts, each errand in start-page order,
 * letters, places), each key with the Swedish, the translation, and whether
 * the translation was made from today's Swedish.
 */
export function renderBeside(cat: Catalogue, lang: string, stamps: Stamps | undefined): string {
  const sv = cat.locales.sv!;
  const tr = cat.locales[lang]!;
  const lags = new Map(lagging(sv, tr, stamps).map((l) => [`${l.ns}:${l.key}`, l.reason]));
  const order = ['common', ...errandOrder(cat), 'letters', 'places'].filter((ns) => sv[ns]);
  const dir = ['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr';
  const name = lookup(tr.common, 'app.languageName') ?? lang;
  const sections = order.map((ns) => {
    const rows = leafTexts(sv[ns]).map(([key, text]) => {
      const t = lookup(tr[ns], key);
      const lag = lags.get(`${ns}:${key}`);
      const state = typeof t !== 'string' ? 'bara svenska' : lag === 'changed' ? 'svenskan har ändrats' : lag ? 'ingen uppgift om källan' : '';
      return `<tr${lag ? ' class="lag"' : ''}><td><small>${esc(key)}</small></td><td lang="sv">${esc(text)}</td><td lang="${esc(lang)}" dir="${dir}">${typeof t === 'string' ? esc(t) : '–'}</td><td>${esc(state)}</td><td class="box"></td></tr>`;
    });
    const title = ns === 'common' ? 'Gemensamma texter' : ns === 'letters' ? 'Brev' : ns === 'places' ? 'Där du bor' : String(lookup(sv[ns], 'title') ?? ns);
    return `<section><h2>${esc(title)} <small>(${esc(ns)})</small></h2>
<table><thead><tr><th>Nyckel</th><th>Svenska</th><th>${esc(name)}</th><th>Status</th><th>Granskad</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  });
  const total = lags.size;
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Första steget – ${esc(name)} bredvid svenska</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.4;margin:0 auto;padding:1rem;color:#0b0c0c;max-width:70rem}
table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border:1px solid #b1b4b6;padding:.3rem;vertical-align:top;text-align:start}
td small{word-break:break-all;color:#2e3133} .lag td{background:#fff7bf} .box{min-width:4rem}
@media print{body{font-size:10pt;max-width:none} section{break-before:page} tr{break-inside:avoid}}
</style></head>
<body><h1>${esc(name)} bredvid svenska</h1>
<p>Varje text i appen: svenskan (källan), översättningen och om översättningen gjordes från dagens svenska. ${total ? `${total} texter behöver ses över (gulmarkerade).` : 'Alla översättningar gjordes från dagens svenska.'} Kryssa i "Granskad" när du har läst en rad. Efter granskningen: rätta texterna i locales/${esc(lang)}/ och kör npm run translations:stamp -- ${esc(lang)}.</p>
<p>Made ${new Date().toISOString().slice(0, 10)}.</p>
${sections.join('\n')}
</body></html>
`;
}
