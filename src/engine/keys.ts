/**
 * The one place that knows how a flow's node ids become locale keys
 * (docs/flow-format.md): every view, the validator, the review document and
 * the build ask here, so a change of pattern is one change.
 */
export const textKeys = {
  /** `questions.<node>.title`, `.hint`, … within an errand's namespace. */
  question: (node: string, part: 'title' | 'hint') => `questions.${node}.${part}`,
  option: (node: string, option: string) => `questions.${node}.options.${option}`,
  /** `outcomes.<node>.title`, `.intro`. */
  outcome: (node: string, part: 'title' | 'intro') => `outcomes.${node}.${part}`,
  step: (node: string, step: string, part: string) => `outcomes.${node}.steps.${step}.${part}`,
  /** In the `common` namespace. */
  contact: (contact: string, part: 'name' | 'find' | 'ask') => `contacts.${contact}.${part}`,
  /** A word an outcome explains: `terms.<id>.word`, `.text` (common). */
  term: (term: string, part: 'word' | 'text') => `terms.${term}.${part}`,
};

/** A key in an errand's namespace, as i18next reads it: `<errand>:<key>`. */
export const inErrand = (errand: string, key: string) => `${errand}:${key}`;
