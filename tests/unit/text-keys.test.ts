import { describe, expect, it } from 'vitest';
import { inErrand, textKeys } from '../../src/engine/keys';

// The locale key pattern, written out as docs/flow-format.md states it: the
// one place in src/ that builds these keys must build exactly these.
describe('textKeys', () => {
  it('names question, option, outcome, step and contact texts as the locale files hold them', () => {
    expect(textKeys.question('hur-lange', 'title')).toBe('questions.hur-lange.title');
    expect(textKeys.question('hur-lange', 'hint')).toBe('questions.hur-lange.hint');
    expect(textKeys.option('situation', 'vetinte')).toBe('questions.situation.options.vetinte');
    expect(textKeys.outcome('anstalld-kort', 'intro')).toBe('outcomes.anstalld-kort.intro');
    expect(textKeys.step('anstalld-kort', 'sjukanmal', 'say')).toBe('outcomes.anstalld-kort.steps.sjukanmal.say');
    expect(textKeys.contact('forsakringskassan', 'find')).toBe('contacts.forsakringskassan.find');
    expect(inErrand('sjuk', textKeys.outcome('x', 'title'))).toBe('sjuk:outcomes.x.title');
  });
});
