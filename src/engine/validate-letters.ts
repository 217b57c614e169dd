import type { Problem } from './problems.ts';
import { lookup } from './messages.ts';
import type { Catalogue } from './types.ts';

/**
 * Checks flows/letters/: every field has its question in Swedish, every
 * placeholder names a field, every element the body asks for is a field of
 * the letter with a source, and every step's letter exists.
 */
export function validateLetters(cat: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const add = (node: string, message: string) => problems.push({ errand: 'letters', node, code: 'bad-letter', message });
  const sv = cat.locales.sv?.letters;
  for (const [id, letter] of Object.entries(cat.letters ?? {})) {
    const fields = new Set(letter.fields.map((f) => f.id));
    for (const f of letter.fields) if (typeof lookup(sv, `${id}.fields.${f.id}.label`) !== 'string') add(id, `field "${f.id}" has no question (letters.${id}.fields.${f.id}.label)`);
    const template = lookup(sv, `${id}.template`) as { paragraphs?: string[]; attachments?: string; heading?: string } | undefined;
    if (!template?.heading || !template.paragraphs?.length) add(id, `letter has no Swedish template (locales/sv/letters.json → ${id}.template)`);
    for (const text of [...(template?.paragraphs ?? []), template?.attachments ?? '']) {
      for (const m of text.matchAll(/\{\{(\w+)\}\}/g)) if (!fields.has(m[1]!)) add(id, `template names "${m[1]}", which is not a field`);
    }
    for (const e of letter.elements) {
      if (e.field && !fields.has(e.field)) add(id, `element "${e.id}" names unknown field "${e.field}"`);
      if (e.field && !letter.fields.find((f) => f.id === e.field)?.required) add(id, `element "${e.id}" must be a required field: the body asks for it`);
      if (!cat.sources[e.source]) add(id, `element "${e.id}" names unknown source "${e.source}"`);
    }
    if (!letter.to.address && !(letter.to.field && fields.has(letter.to.field))) add(id, 'letter has neither an address nor a field for one');
    // Where the receiver is what the person writes, the page must say where to send it, in the letter's own words.
    if (!letter.to.address && typeof lookup(sv, `${id}.sendTo`) !== 'string') add(id, `letter names no receiver; say where to send it (letters.${id}.sendTo)`);
    if (letter.form) {
      if (!cat.sources[letter.form.source]) add(id, `form names unknown source "${letter.form.source}"`);
      const note = lookup(sv, `${id}.form`);
      if (!Array.isArray(note) || !note.length) add(id, `the body has its own form: say so (letters.${id}.form, a list of paragraphs)`);
    } else if (!letter.elements.length) add(id, 'letter lists no element the body asks for (or name the body\'s own form)');
    if (letter.deadline && !cat.deadlines?.[letter.deadline]) add(id, `unknown deadline "${letter.deadline}"`);
    for (const s of [...letter.sources, ...(letter.to.sources ?? [])]) if (!cat.sources[s]) add(id, `unknown source "${s}"`);
  }
  for (const flow of Object.values(cat.flows)) {
    for (const [nid, node] of Object.entries(flow.nodes)) {
      if (node.type !== 'outcome') continue;
      for (const st of node.steps) if (st.letter && !cat.letters?.[st.letter]) problems.push({ errand: flow.id, node: nid, code: 'bad-letter', message: `step "${st.id}" offers unknown letter "${st.letter}"` });
    }
  }
  return problems;
}
