import type { Catalogue } from '../../src/engine/types.ts';
import { lookup } from '../../src/engine/validate.ts';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** "Brev" in the review document: each letter's questions, receiver, time limit, required elements with sources, and its Swedish text. */
export function lettersSection(cat: Catalogue, lang: string): string {
  const tr = (key: string) => lookup(cat.locales[lang]?.letters, key) ?? lookup(cat.locales.sv?.letters, key);
  const src = (id: string) => cat.sources[id]?.url ?? id;
  const letters = Object.values(cat.letters ?? {}).map((l) => {
    const template = lookup(cat.locales.sv?.letters, `${l.id}.template`) as { heading: string; paragraphs: string[]; attachments?: string } | undefined;
    const rule = l.deadline ? cat.deadlines?.[l.deadline] : undefined;
    return `
  <div class="o" id="brev-${esc(l.id)}">
    <h3>${esc(tr(`${l.id}.title`))} <small>(${esc(l.id)})</small></h3>
    <p><em>Till:</em> ${l.to.address ? esc(l.to.address.join(', ')) : `det som personen skriver i "${esc(tr(`${l.id}.fields.${l.to.field}.label`))}"`}</p>
    ${rule ? `<p><em>Tidsgräns:</em> ${esc(JSON.stringify(rule.period))} (${rule.sources.map((s) => esc(src(s))).join(', ')}, ${esc(rule.checked)})</p>` : ''}
    <ol>${l.fields.map((f) => `<li>${esc(tr(`${l.id}.fields.${f.id}.label`))}${f.required ? ' <strong>(behövs)</strong>' : ''}</li>`).join('')}</ol>
    ${l.form ? `<p><em>Mottagarens egen blankett eller e-tjänst:</em> ${((lookup(cat.locales.sv?.letters, `${l.id}.form`) as string[] | undefined) ?? []).map(esc).join(' ')} (${esc(src(l.form.source))})</p>` : ''}
    ${l.to.address ? '' : `<p><em>Vart brevet ska:</em> ${esc(tr(`${l.id}.sendTo`))}</p>`}
    <p><em>Underskrift:</em> ${l.signature === 'own' ? 'personen själv' : 'personen eller ombudet'}</p>
    <p><em>Det mottagaren kräver:</em></p>
    <ul>${l.elements.map((e) => `<li>${esc(e.id)}${e.field ? ` → ${esc(tr(`${l.id}.fields.${e.field}.label`))}` : ''} – ${esc(src(e.source))}</li>`).join('')}</ul>
    <p><em>Brevet (svenska):</em> <strong>${esc(template?.heading)}</strong></p>
    <ul>${[...(template?.paragraphs ?? []), template?.attachments ?? ''].filter(Boolean).map((p) => `<li>${esc(p)}</li>`).join('')}</ul>
    <p class="src">${l.sources.map((s) => esc(src(s))).join(' · ')} – ${esc(l.checked)}</p>
  </div>`;
  });
  return `
<section class="errand" id="brev">
  <h2>Brev <small>(flows/letters/)</small></h2>
  ${letters.join('')}
</section>`;
}
