import { createSignal } from 'solid-js';
import type { Places } from '../engine/places';
import { ensureNamespace } from './catalogue';

/**
 * Where the person lives, if they chose to say: a kommun code, or 'skip'
 * ("Vet inte / vill inte säga"), or nothing yet. Kept like the answers: in
 * memory, in the tab's memory, on the device only when saving is on, and in
 * a share link only when the person makes one. The kommun and region facts
 * (about 25 KB) load the first time a place is chosen or shown.
 */
const [kommun, setKommunSignal] = createSignal<string>();
const [data, setData] = createSignal<Places>();
const [texts, setTexts] = createSignal(false);

export { kommun };
/** The kommun and region facts, once they and their words have loaded. */
export const places = () => (texts() ? data() : undefined);

let loading: Promise<Places> | undefined;
function loadData(): Promise<Places> {
  loading ??= Promise.all([import('../../flows/places/kommuner.json'), import('../../flows/places/regioner.json')]).then(([k, r]) => {
    const p = { kommuner: k.default, regioner: r.default } as unknown as Places;
    setData(p);
    return p;
  });
  return loading;
}

/** The facts and the words about them (`locales/<lang>/places.json`), for a page that shows them. */
export async function loadPlaces(lang: string) {
  await Promise.all([loadData(), ensureNamespace('places', lang)]);
  setTexts(true);
}

/** A code from outside (storage, a link): kept only when it names a known kommun. */
export async function setKommun(code: string | undefined) {
  if (code === undefined || code === 'skip') {
    setKommunSignal(code);
    return;
  }
  if (!/^\d{4}$/.test(code)) return;
  const p = await loadData();
  if (p.kommuner[code]) setKommunSignal(code);
}

/** The chosen kommun's code, if a real one (not 'skip'). */
export const kommunCode = () => {
  const k = kommun();
  return k && k !== 'skip' ? k : undefined;
};

/** Quick exit and "Glöm allt". */
export function forgetPlace() {
  setKommunSignal(undefined);
}
