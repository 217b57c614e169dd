import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CrisisLine } from '../../src/components/crisis-line/CrisisLine';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('CrisisLine', () => {
  it('names 112, 90101 and 1177 as phone links, in that order, and passes axe', async () => {
    const { container } = render(() => <CrisisLine lead="Om det blir akut: ring" also="Du kan också ringa" or="eller" />);
    expect(container.textContent).toBe('Om det blir akut: ring 112. Du kan också ringa 90101 eller 1177.');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:112', 'tel:90101', 'tel:1177']);
    expect(await axeViolations(container)).toEqual([]);
  });
});
