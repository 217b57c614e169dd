/**
 * Letters assembled on the device (issue 20). A letter is data: its fields
 * (one question a page), where it goes, its time limit, and the elements the
 * receiving body says a letter must hold, each with its source. Its words are
 * in locales/<lang>/letters.json; the letter itself is always in Swedish
 * (`<id>.template`, in Swedish only). Nothing here is sent anywhere.
 */

export interface LetterField {
  id: string;
  type: 'text' | 'textarea' | 'date';
  /** The letter needs it; left empty, the letter shows a line to fill in by hand. */
  required?: boolean;
}

export interface LetterElement {
  /** What the body says a letter must hold ("vilket beslut", "ändringen", "underskrift"). */
  id: string;
  /** The field that holds it; none for the signature line. */
  field?: string;
  /** Source id (flows/sources.json) that names the element. */
  source: string;
}

export interface Letter {
  id: string;
  /** The receiving body: a fixed postal address (proper nouns, data), or the field where the person writes it (it stands in the decision). */
  to: { address?: string[]; field?: string; sources?: string[] };
  fields: LetterField[];
  elements: LetterElement[];
  /** A time limit from flows/deadlines.json. */
  deadline?: string;
  /**
   * The receiving body has its own form or e-service for this (Arbetsförmedlingen,
   * IVO, many patientnämnder): the letter then prepares the text, and the page says
   * so plainly (locales → `<id>.form`, a list of short paragraphs) with this source.
   */
  form?: { source: string };
  /** Whether the person signs it themselves (`own`), as the notes then say. */
  signature: 'own' | 'any';
  sources: string[];
  checked: string;
}

/** The Swedish template of a letter (locales/sv/letters.json → `<id>.template`). */
export interface LetterTemplate {
  heading: string;
  /** Paragraphs with {{field}} placeholders; one whose optional field is empty is left out. */
  paragraphs: string[];
  /** "Bilagor: {{bilagor}}". */
  attachments?: string;
  sign: string;
}

export interface RenderedLetter {
  from: string[];
  to: string[];
  date: string;
  heading: string;
  paragraphs: string[];
  sign: string;
  signer: string[];
  /** Required fields left empty: the letter shows a line for each, to fill in by hand. */
  missing: string[];
}

/** The blank a missing required field leaves in the letter. */
export const BLANK = '________________________';

const fill = (text: string, values: Record<string, string>, required: Set<string>): string | undefined => {
  let empty = false;
  const out = text.replace(/\{\{(\w+)\}\}/g, (_, f: string) => {
    const v = values[f]?.trim();
    if (v) return v;
    if (required.has(f)) return BLANK;
    empty = true;
    return '';
  });
  return empty ? undefined : out;
};

export function renderLetter(letter: Letter, template: LetterTemplate, values: Record<string, string>, today: string): RenderedLetter {
  const required = new Set(letter.fields.filter((f) => f.required).map((f) => f.id));
  const v = (id: string) => values[id]?.trim() ?? '';
  const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const paragraphs = template.paragraphs.map((p) => fill(p, values, required)).filter((p): p is string => p !== undefined);
  const attachments = template.attachments ? fill(template.attachments, values, required) : undefined;
  return {
    from: [v('namn') || BLANK, ...lines(v('adress')), ...(v('telefon') ? [`Telefon: ${v('telefon')}`] : [])],
    to: letter.to.address ?? (letter.to.field && v(letter.to.field) ? lines(v(letter.to.field)) : [BLANK]),
    date: today,
    heading: template.heading,
    paragraphs: attachments ? [...paragraphs, attachments] : paragraphs,
    sign: template.sign,
    signer: [v('namn') || BLANK, `Personnummer: ${v('personnummer') || BLANK}`],
    missing: [...required].filter((f) => !v(f)),
  };
}

/** The letter as plain text, to copy into an e-mail or a form. */
export function letterText(r: RenderedLetter): string {
  return [r.from.join('\n'), r.date, `Till:\n${r.to.join('\n')}`, r.heading, ...r.paragraphs, `${r.sign}\n\n____________________\n${r.signer.join('\n')}`].join('\n\n');
}
