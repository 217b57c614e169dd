import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// ADR 16: a step from one question to the next changes words, checks or
// unchecks a radio and adds or removes option rows. A sibling or structural
// selector on those rows, or a transition on the button that starts the step,
// makes the browser restyle far more than that on every answer.
const css = readFileSync(resolve(process.cwd(), 'src/app/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]! }));

describe('styles a step touches (ADR 16)', () => {
  it('finds the rules it checks', () => {
    expect(rules.some((r) => r.selector.includes('.radio'))).toBe(true);
    expect(rules.some((r) => r.selector === '.button')).toBe(true);
  });

  it('has no sibling or structural selector whose subject is an option row', () => {
    const bad = rules
      .flatMap((r) => r.selector.split(','))
      .map((s) => s.trim())
      .filter((s) => /\.radio\b(?![_-])/.test(s) && (/[+~]\s*\.radio\b(?![_-])/.test(s) || /\.radio\b(?![_-])[^\s]*:(nth-|last-|first-|only-|has\()/.test(s)));
    expect(bad).toEqual([]);
  });

  it('starts no transition on buttons', () => {
    const bad = rules.filter((r) => /\.button\b/.test(r.selector) && /transition\s*:/.test(r.body) && !/transition\s*:\s*none/.test(r.body));
    expect(bad.map((r) => r.selector)).toEqual([]);
  });
});
