import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { visibleSteps } from '../../src/engine/route';
import type { OutcomeNode } from '../../src/engine/types';

// Which steps a real case sees, written by hand: the steps an answer adds or
// leaves out are part of the route as much as the outcome is.
const cat = readCatalogueFromDisk(process.cwd());
const steps = (errand: string, outcome: string, answers: Record<string, string>) =>
  visibleSteps((cat.flows[errand]!.nodes[outcome] as OutcomeNode).steps, answers).map((s) => `${s.id}:${s.contact}`);

describe('the steps a case sees', () => {
  it('violence: 112 first when in danger; injuries add care that documents them; no injuries, no care step', () => {
    expect(steps('vald', 'akut', { fara: 'ja' })).toEqual(['ring:larm-112', 'socialjour:socialjour', 'stod:kvinnofridslinjen']);
    expect(steps('vald', 'skydd', { fara: 'nej', bo: 'ja', skadad: 'ja' })).toEqual([
      'socialtjansten:socialtjansten', 'socialjour:socialjour', 'stod:kvinnofridslinjen', 'vard:vardcentral', 'polisen:polisen', 'brottsofferjouren:brottsofferjouren',
    ]);
    expect(steps('vald', 'stod', { fara: 'nej', bo: 'nej', skadad: 'nej' })).toEqual([
      'stod:kvinnofridslinjen', 'brottsofferjouren:brottsofferjouren', 'polisen:polisen', 'socialtjansten:socialtjansten',
    ]);
  });

  it('a letter: the sender\'s own contact, the last day only when the letter gives one, and a servicekontor for Försäkringskassan', () => {
    expect(steps('brev', 'myndighet', { vem: 'fk', datum: 'ja' })).toEqual(['fraga-fk:forsakringskassan', 'sista-dag:myndighet-arende', 'servicekontor:servicekontor', 'ombud:personligt-ombud']);
    expect(steps('brev', 'myndighet', { vem: 'af', datum: 'nej' })).toEqual(['fraga-af:arbetsformedlingen', 'ombud:personligt-ombud']);
    expect(steps('brev', 'foretag', { vem: 'foretag', datum: 'ja' })).toEqual(['bestrid:foretaget', 'halla:halla-konsument', 'radgivning:budget-skuldradgivning']);
    expect(steps('brev', 'foretag', { vem: 'foretag', datum: 'nej' })).toEqual(['fraga:foretaget', 'halla:halla-konsument', 'radgivning:budget-skuldradgivning']);
  });

  it('teeth: the support for psychiatric difficulty only when it applies', () => {
    expect(steps('tander', 'boka', { ont: 'nej', svart: 'nej', rad: 'ja' })).toEqual(['boka:tandlakare']);
    expect(steps('tander', 'boka', { ont: 'nej', svart: 'vetinte', rad: 'vetinte' })).toEqual(['boka:tandlakare', 'sarskilt:tandlakare', 'intyg:lakare', 'bistand:ekonomiskt-bistand']);
    expect(steps('tander', 'bistand', { ont: 'nej', svart: 'ja', rad: 'nej' })).toEqual(['forslag:tandlakare', 'bistand:ekonomiskt-bistand', 'sarskilt:tandlakare', 'intyg:lakare']);
  });

  it('costs: care or medicines decide which protection is shown', () => {
    expect(steps('kostnader', 'skydd', { vad: 'vard', rad: 'ja' })).toEqual(['frikort:vardguiden-1177']);
    expect(steps('kostnader', 'skydd', { vad: 'medicin', rad: 'ja' })).toEqual(['lakemedel:apotek', 'dela:apotek']);
    expect(steps('kostnader', 'hjalp', { vad: 'bada', rad: 'nej' })).toEqual(['frikort:vardguiden-1177', 'lakemedel:apotek', 'bistand:ekonomiskt-bistand', 'radgivning:budget-skuldradgivning']);
  });

  it('a meeting: an interpreter step only when needed, and the care\'s own steps for a doctor', () => {
    expect(steps('mote', 'forbered', { vem: 'fk', tolk: 'ja' })).toEqual(['foljamed:personligt-ombud', 'tolk:myndighet-arende', 'mote:myndighet-arende', 'efter:myndighet-arende']);
    expect(steps('mote', 'forbered', { vem: 'lakare', tolk: 'nej' })).toEqual(['foljamed:personligt-ombud', 'besok:lakare', 'journal:vardgivaren']);
    expect(steps('mote', 'forbered', { vem: 'lakare', tolk: 'vetinte' })).toEqual(['foljamed:personligt-ombud', 'tolk-vard:vardgivaren', 'besok:lakare', 'journal:vardgivaren']);
  });
});
