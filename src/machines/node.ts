/** The node id of a machine state value: a question id, or { outcomeId: 'review' | 'result' }. */
export function nodeOf(value: string | Record<string, unknown>): string {
  return typeof value === 'string' ? value : Object.keys(value)[0]!;
}
