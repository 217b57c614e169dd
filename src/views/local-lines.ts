import type { LocalLines } from '../components/local-contact/LocalContact';
import { textKeys } from '../engine/keys';
import { localFacts, type Places } from '../engine/places';
import type { Contact } from '../engine/types';
import { formatChecked, tx } from '../i18n';

/**
 * The words for a step's contact where the person lives, or undefined when
 * the contact is not bound to a place or no kommun is chosen. A fact that
 * was not confirmed is never shown as certain: the step keeps its general
 * advice, and on paper a line to write the number on.
 */
export function localLines(contactId: string, contact: Contact | undefined, places: Places | undefined, kommun: string | undefined): LocalLines | undefined {
  if (!contact?.place || !places || !kommun) return undefined;
  const f = localFacts(contact.place, places, kommun);
  if (!f) return undefined;
  const lines: LocalLines = {
    heading: f.level === 'kommun' ? tx('places:kommunHeading', { kommun: f.body }) : tx('places:regionHeading', { region: f.body }),
    checked: f.checked ? tx('places:checked', { date: formatChecked(f.checked) }) : undefined,
  };
  if (f.phone) lines.phone = { label: f.phone.whose === 'vaxel' ? tx('places:phoneVaxel') : f.phone.label ?? tx('places:phoneService'), number: f.phone.number };
  if (f.web) lines.web = { label: f.level === 'kommun' ? tx('places:kommunPage') : tx('places:regionPage'), url: f.web };
  if (f.provider) lines.unit = tx('places:provider', { provider: f.provider });
  const need = contact.place;
  if (need.level === 'kommun') {
    // At the switchboard, say what you want; a service's own line needs no asking.
    if (f.phone?.whose !== 'service') lines.ask = tx(textKeys.contact(contactId, 'ask'), { defaultValue: '' }) || undefined;
    if (f.unconfirmed) {
      lines.note = tx('places:unconfirmed');
      lines.writeLine = tx('places:writeNumber');
      lines.keepGeneral = true;
    }
    return lines;
  }
  switch (need.service) {
    case 'psykiatri':
      lines.advice = tx(`places:self.${f.selfReferral ?? 'unknown'}`);
      break;
    case 'beroende':
      if (f.unit) lines.unit = f.unit;
      lines.advice = tx(`places:beroende.${f.selfReferral ?? 'unknown'}`);
      break;
    case 'akut':
      if (f.unit) lines.unit = tx('places:akut', { unit: f.unit });
      lines.note = tx('places:akutMore');
      break;
    case 'vardcentral':
      lines.advice = tx('places:vardcentral');
      break;
    case 'patientnamnd':
      if (!f.phone) lines.writeLine = tx('places:writeNumber');
      break;
  }
  return lines;
}
