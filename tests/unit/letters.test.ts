import { describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { BLANK, letterText, renderLetter, type LetterTemplate } from '../../src/engine/letters';
import { lookup } from '../../src/engine/validate';
import { validateLetters } from '../../src/engine/validate-letters';

const cat = readCatalogueFromDisk(process.cwd());
const template = (id: string) => lookup(cat.locales.sv!.letters, `${id}.template`) as LetterTemplate;
const filled = (id: string) => Object.fromEntries(cat.letters![id]!.fields.map((f) => [f.id, `«${f.id}»`]));

describe('letters assembled on the device', () => {
  it('has the letters the errands offer', () => {
    expect(Object.keys(cat.letters!).sort()).toEqual([
      'ansokan-god-man', 'begaran-sip', 'fullmakt', 'klagomal-ivo', 'klagomal-patientnamnden', 'klagomal-vardgivaren', 'omprovning-af', 'omprovning-fk', 'overklagande-kommun',
    ]);
    expect(validateLetters(cat)).toEqual([]);
  });

  it.each(['omprovning-fk', 'overklagande-kommun', 'begaran-sip', 'fullmakt', 'ansokan-god-man', 'klagomal-vardgivaren', 'klagomal-ivo'])('%s holds every element the receiving body asks for', (id) => {
    const letter = cat.letters![id]!;
    const r = renderLetter(letter, template(id), filled(id), '2026-12-04');
    const all = [...r.from, ...r.to, r.heading, ...r.paragraphs, ...r.signer].join('\n');
    for (const e of letter.elements) if (e.field) expect(all, e.id).toContain(`«${e.field}»`);
    expect(r.missing).toEqual([]);
  });

  it('goes to Försäkringskassan\'s address for omprövning, as its page gives it', () => {
    // Written by hand from forsakringskassan.se "Om du inte är nöjd" (facts sheet, checked 2026).
    const r = renderLetter(cat.letters!['omprovning-fk']!, template('omprovning-fk'), filled('omprovning-fk'), '2026-12-04');
    expect(r.to).toEqual(['Försäkringskassan', 'FE 179', '839 88 Östersund']);
  });

  it('an appeal of a kommun decision goes to whoever made it, as the person writes it from the decision', () => {
    const r = renderLetter(cat.letters!['overklagande-kommun']!, template('overklagande-kommun'), { ...filled('overklagande-kommun'), mottagare: 'Socialnämnden\nKarlstads kommun\n651 84 Karlstad' }, '2026-12-04');
    expect(r.to).toEqual(['Socialnämnden', 'Karlstads kommun', '651 84 Karlstad']);
  });

  it('a complaint to IVO holds what IVO asks for: that the care giver heard it first, when it happened, and who complains (not anonymous)', () => {
    // Written by hand from ivo.se "Formellt klagomål enligt patientsäkerhetslagen" (checked 2026-12-05).
    const letter = cat.letters!['klagomal-ivo']!;
    expect(letter.elements.map((e) => [e.id, e.field])).toEqual([['klagat-till-varden-forst', 'tidigare'], ['nar-det-hande', 'nar'], ['inte-anonym', 'namn']]);
    const r = renderLetter(letter, template('klagomal-ivo'), filled('klagomal-ivo'), '2026-12-05');
    expect(r.to).toEqual(['Inspektionen för vård och omsorg (IVO)']);
    expect(r.paragraphs.join('\n')).toMatch(/först klagat till vården eller patientnämnden.*«tidigare»/);
  });

  it('says plainly where the body wants its own form or e-service: Arbetsförmedlingen, IVO and the patientnämnder', () => {
    // Arbetsförmedlingen: "you will need to use a form" (its page on omprövning); IVO: e-service with BankID or its form;
    // Region Sörmland's patientnämnd: "Använd blanketten … när du skriver till oss". Checked 2026-12-05.
    const withForm = Object.values(cat.letters!).filter((l) => l.form).map((l) => l.id).sort();
    expect(withForm).toEqual(['klagomal-ivo', 'klagomal-patientnamnden', 'omprovning-af']);
    const sv = (id: string) => (lookup(cat.locales.sv!.letters, `${id}.form`) as string[]).join(' ');
    expect(sv('omprovning-af')).toMatch(/blankett/);
    expect(sv('omprovning-af')).toMatch(/står i beslutet/); // no time limit of ours: the decision gives it
    expect(sv('klagomal-ivo')).toMatch(/e-tjänst.*BankID.*blanketten/);
    expect(sv('klagomal-ivo')).toMatch(/inte vara anonym/);
    expect(cat.letters!['omprovning-af']!.deadline).toBeUndefined();
  });

  it('where the receiver is what the person writes, the page says where to send it; a kommun appeal is signed by the person', () => {
    for (const l of Object.values(cat.letters!).filter((x) => !x.to.address)) expect(lookup(cat.locales.sv!.letters, `${l.id}.sendTo`), l.id).toEqual(expect.any(String));
    expect(lookup(cat.locales.sv!.letters, 'fullmakt.sendTo')).not.toMatch(/beslut/);
    expect(cat.letters!['overklagande-kommun']!.signature).toBe('own');
    expect(cat.letters!.fullmakt!.signature).toBe('own');
  });

  it('the steps that are papers offer their letter', () => {
    const step = (errand: string, node: string, id: string) => (cat.flows[errand]!.nodes[node] as any).steps.find((s: any) => s.id === id).letter;
    expect(step('klaga-pa-varden', 'vardgivaren', 'klaga')).toBe('klagomal-vardgivaren');
    expect(step('klaga-pa-varden', 'patientnamnden', 'namnden')).toBe('klagomal-patientnamnden');
    expect(step('klaga-pa-varden', 'ivo', 'anmal')).toBe('klagomal-ivo');
    expect(step('overklaga', 'af', 'omprovning')).toBe('omprovning-af');
    expect(step('overklaga', 'fk-omprovning', 'omprovning')).toBe('omprovning-fk');
  });

  it('a required answer left empty leaves a line to fill in by hand, and is named; an optional one leaves its paragraph out', () => {
    const r = renderLetter(cat.letters!['omprovning-fk']!, template('omprovning-fk'), { namn: 'Anna Andersson', beslut: 'Beslut den 1 december 2026' }, '2026-12-04');
    expect(r.missing.sort()).toEqual(['andring', 'personnummer']);
    expect(r.paragraphs.join('\n')).toContain(BLANK);
    expect(r.paragraphs.some((p) => p.startsWith('Skälen är'))).toBe(false);
    expect(r.paragraphs.some((p) => p.startsWith('Bilagor'))).toBe(false);
    expect(r.signer).toEqual(['Anna Andersson', `Personnummer: ${BLANK}`]);
  });

  it('copies as plain text with the date, the heading and the paragraphs in order', () => {
    const text = letterText(renderLetter(cat.letters!['omprovning-fk']!, template('omprovning-fk'), filled('omprovning-fk'), '2026-12-04'));
    expect(text.indexOf('2026-12-04')).toBeLessThan(text.indexOf('Begäran om omprövning'));
    expect(text.indexOf('Begäran om omprövning')).toBeLessThan(text.indexOf('«beslut»'));
    expect(text.indexOf('«beslut»')).toBeLessThan(text.indexOf('«andring»'));
  });

  it('the validator refuses a placeholder with no field, a required element on an optional field, and an unknown letter on a step', () => {
    const bad = readCatalogueFromDisk(process.cwd());
    (bad.locales.sv!.letters as any)['omprovning-fk'].template.paragraphs.push('{{finnsinte}}');
    bad.letters!['overklagande-kommun']!.elements.push({ id: 'skal', field: 'varfor', source: 'riksdagen-forvaltningslagen' });
    (bad.flows.pengar!.nodes.overklaga as any).steps[0].letter = 'inget-brev';
    delete (bad.locales.sv!.letters as any)['begaran-sip'].sendTo;
    delete (bad.letters!['omprovning-af'] as any).form;
    delete (bad.locales.sv!.letters as any)['klagomal-ivo'].form;
    const messages = validateLetters(bad).map((p) => p.message).join('\n');
    expect(messages).toMatch(/begaran-sip\.sendTo/);
    expect(messages).toMatch(/lists no element the body asks for/);
    expect(messages).toMatch(/letters\.klagomal-ivo\.form/);
    expect(messages).toMatch(/"finnsinte", which is not a field/);
    expect(messages).toMatch(/element "skal" must be a required field/);
    expect(messages).toMatch(/unknown letter "inget-brev"/);
  });
});
