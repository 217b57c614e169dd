import { isIsoDate } from './deadline.ts';
import { type Checked, KOMMUN_SERVICES, type Places } from './places.ts';
import type { Problem } from './problems.ts';
import type { Contact } from './types.ts';

const PHONE = /^0\d[\d -]{4,14}\d$/;
const URL_RE = /^https?:\/\/[^\s]+$/;
const REGION_SERVICES = ['psykiatri', 'akut', 'patientnamnd', 'vardcentral', 'beroende'];

/**
 * Checks flows/places/: every code known and well formed, every kommun in a
 * known region, and every fact shown with the page it was seen on and a
 * check date that is not in the future. A number with no source cannot pass.
 */
export function validatePlaces(places: Places, contacts: Record<string, Contact>, today = new Date().toISOString().slice(0, 10)): Problem[] {
  const problems: Problem[] = [];
  const add = (node: string, message: string) => problems.push({ errand: 'places', node, code: 'bad-place', message });
  const fact = (node: string, what: string, f: Partial<Checked> | undefined) => {
    if (!f) return;
    if (!f.source || !URL_RE.test(f.source)) add(node, `${what} has no source page`);
    if (!f.checked || !isIsoDate(f.checked)) add(node, `${what} has no valid check date`);
    else if (f.checked > today) add(node, `${what} was checked in the future (${f.checked})`);
  };
  const phone = (node: string, what: string, p: string | undefined) => {
    if (p !== undefined && !PHONE.test(p)) add(node, `${what} "${p}" is not a Swedish phone number as written on a page`);
  };

  for (const [code, r] of Object.entries(places.regioner)) {
    if (!/^\d{2}$/.test(code)) add(code, 'a region code is two digits');
    if (!r.name) add(code, 'region has no name');
    fact(code, 'website', r.web);
    if (!r.web?.url || !URL_RE.test(r.web.url)) add(code, 'region has no website');
    if (!r.psykiatri || !['yes', 'no', 'unknown'].includes(r.psykiatri.selfReferral)) add(code, 'region says nothing (not even "unknown") about contacting psychiatry');
    fact(code, 'psychiatry', r.psykiatri);
    for (const key of ['akut', 'patientnamnd', 'vardcentral', 'beroende'] as const) fact(code, key, r[key]);
    phone(code, 'psychiatric emergency number', r.akut?.phone);
    phone(code, 'patientnämnd number', r.patientnamnd?.phone);
    phone(code, 'addiction care number', r.beroende?.phone);
  }
  for (const [code, k] of Object.entries(places.kommuner)) {
    if (!/^\d{4}$/.test(code)) add(code, 'a kommun code is four digits');
    if (k.county !== code.slice(0, 2)) add(code, `county "${k.county}" is not the code's first two digits`);
    if (!places.regioner[k.county]) add(code, `county "${k.county}" is not a known region`);
    if (!k.name) add(code, 'kommun has no name');
    fact(code, 'website', k.web);
    fact(code, 'switchboard', k.vaxel);
    phone(code, 'switchboard', k.vaxel?.phone);
    if (k.vaxel && !k.vaxel.phone) add(code, 'switchboard without a number');
    for (const [id, s] of Object.entries(k.services ?? {})) {
      if (!(KOMMUN_SERVICES as readonly string[]).includes(id)) add(code, `unknown service "${id}"`);
      fact(code, id, s);
      phone(code, id, s?.phone);
      if (s?.url && !URL_RE.test(s.url)) add(code, `${id} page "${s.url}" is not a web address`);
    }
  }
  for (const [id, c] of Object.entries(contacts)) {
    const need = c.place;
    if (!need) continue;
    const ok = need.level === 'kommun' ? need.service === 'vaxel' || (KOMMUN_SERVICES as readonly string[]).includes(need.service) : need.level === 'region' && REGION_SERVICES.includes(need.service);
    if (!ok) problems.push({ errand: 'contacts', node: id, code: 'bad-place', message: `contact "${id}" asks for an unknown place fact ${JSON.stringify(need)}` });
  }
  return problems;
}
