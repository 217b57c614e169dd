import type { Places } from '../../src/engine/places.ts';

const esc = (s: string | undefined) => (s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const src = (f: { source: string; checked: string } | undefined) => (f ? ` <small>(<a href="${esc(f.source)}">${esc(f.source.replace(/^https?:\/\//, '').slice(0, 60))}</a>, ${esc(f.checked)})</small>` : '');
const SELF: Record<string, string> = { yes: 'ja', no: 'nej, via vårdcentral', unknown: 'inte bekräftat' };

/** "Där du bor" in the review document: every region's and kommun's facts with the page and date behind each, and what is missing. */
export function placesSection(places: Places): string {
  const regions = Object.entries(places.regioner).map(([code, r]) => `
    <tr><td>${esc(code)}</td><td>${esc(r.name)}</td>
    <td>${esc(SELF[r.psykiatri.selfReferral])}${src(r.psykiatri)}</td>
    <td>${r.akut ? `${esc(r.akut.name)}${r.akut.phone ? ` · ${esc(r.akut.phone)}` : ''}${src(r.akut)}` : '<em>inte bekräftad: 1177</em>'}</td>
    <td>${r.patientnamnd?.phone ? esc(r.patientnamnd.phone) : '<em>sidan</em>'}${src(r.patientnamnd)}</td>
    <td>${r.beroende ? `${esc(SELF[r.beroende.selfReferral])}${r.beroende.name ? `, ${esc(r.beroende.name)}` : ''}${r.beroende.phone ? ` · ${esc(r.beroende.phone)}` : ''}${src(r.beroende)}` : '<em>inte bekräftat</em>'}</td></tr>`).join('');
  const kommuner = Object.entries(places.kommuner).map(([code, k]) => `
    <tr><td>${esc(code)}</td><td>${esc(k.name)}</td>
    <td>${k.vaxel ? `${esc(k.vaxel.phone)}${src(k.vaxel)}` : '<em>inte bekräftad</em>'}</td>
    <td>${k.web ? `${esc(k.web.url)}${src(k.web)}` : '<em>inte bekräftad</em>'}</td>
    <td>${Object.entries(k.services ?? {}).map(([id, s]) => `${esc(id)}: ${esc([s.provider, s.phone, s.via112 ? 'via 112' : ''].filter(Boolean).join(' · ') || 'sidan')}${src(s)}`).join('<br>')}</td></tr>`).join('');
  return `
<section class="errand" id="platser">
  <h2>Där du bor <small>(flows/places/)</small></h2>
  <p>Visas på steg vars kontakt finns i kommunen eller regionen, när personen har valt kommun. Det som inte är bekräftat visas som allmänna råd.</p>
  <h3>Regioner</h3>
  <table><tr><th>Kod</th><th>Region</th><th>Psykiatri utan remiss</th><th>Psykiatrisk akutmottagning</th><th>Patientnämnd</th><th>Beroendevård utan remiss</th></tr>${regions}</table>
  <h3>Kommuner</h3>
  <table><tr><th>Kod</th><th>Kommun</th><th>Växel</th><th>Webbplats</th><th>Tjänster</th></tr>${kommuner}</table>
</section>`;
}
