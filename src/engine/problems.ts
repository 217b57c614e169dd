/** What the validator finds wrong in a flow, its texts or its place data. */
export type ProblemCode =
  | 'no-start'
  | 'unknown-next'
  | 'leads-nowhere'
  | 'unknown-option'
  | 'unreachable'
  | 'no-source'
  | 'no-check-date'
  | 'missing-key'
  | 'unknown-contact'
  | 'unknown-source'
  | 'cycle'
  | 'bad-condition'
  | 'no-steps'
  | 'bad-dependency'
  | 'unknown-term'
  | 'bad-place'
  | 'unknown-deadline'
  | 'bad-letter';

export interface Problem {
  errand: string;
  node?: string;
  code: ProblemCode;
  message: string;
}

export class FlowValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Flow validation failed:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'FlowValidationError';
  }
}

export function formatProblem(p: Problem): string {
  return `  [${p.errand}]${p.node ? ` ${p.node}:` : ''} ${p.message} (${p.code})`;
}

