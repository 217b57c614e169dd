import type common from '../../locales/sv/common.json';

/** Every leaf key of a messages object, dotted: "question.next", "app.name", … */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * The keys of the shared texts, typed from the Swedish source file. A typo in
 * a literal key, or a key removed from sv/common.json, fails the typecheck.
 */
export type CommonKey = Leaves<typeof common>;
