import axe from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on a component rendered alone (jsdom: no layout, no landmarks around it). */
export async function axeViolations(container: Element) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: TAGS },
    rules: {
      // jsdom has no layout, so colours cannot be measured here; the browser tests run this rule.
      'color-contrast': { enabled: false },
      // A component is rendered without the page's landmarks around it; the browser tests check regions.
      region: { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
