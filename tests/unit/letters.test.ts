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
    expect(Object.keys(cat.letters!).sort()).toEqual(['ansokan-god-man', 'begaran-sip', 'fullmakt', 'omprovning-fk', 'overklagande-kommun']);
    expect(validateLetters(cat)).toEqual([]);
  });

  it.each(['omprovning-fk', 'overklagande-kommun', 'begaran-sip', 'fullmakt', 'ansokan-god-man'])('%s holds every element the receiving body asks for', (id) => {
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
    const messages = validateLetters(bad).map((p) => p.message).join('\n');
    expect(messages).toMatch(/"finnsinte", which is not a field/);
    expect(messages).toMatch(/element "skal" must be a required field/);
    expect(messages).toMatch(/unknown letter "inget-brev"/);
  });
});
