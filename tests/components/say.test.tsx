import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Say } from '../../src/components/say/Say';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('Say ("Säg så här")', () => {
  it('in Swedish shows the sentence once, in quotes', () => {
    const { container } = render(() => <Say text="Jag är sjuk i dag." />);
    expect(container.textContent).toBe('”Jag är sjuk i dag.”');
    expect(container.querySelector('[lang="sv"]')).toBeNull();
  });

  it('in another language shows the Swedish sentence first, marked Swedish, and the translation under it', async () => {
    const { container } = render(() => (
      <div lang="ar" dir="rtl">
        <Say text="أنا مريض اليوم." swedish="Jag är sjuk i dag." />
      </div>
    ));
    const sv = container.querySelector('.say__sv')!;
    expect(sv.getAttribute('lang')).toBe('sv');
    expect(sv.getAttribute('dir')).toBe('ltr');
    expect(sv.textContent).toBe('”Jag är sjuk i dag.”');
    expect(container.querySelector('.say__translation')!.textContent).toBe('أنا مريض اليوم.');
    expect(sv.compareDocumentPosition(container.querySelector('.say__translation')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
