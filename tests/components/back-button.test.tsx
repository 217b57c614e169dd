import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { BackButton } from '../../src/components/back-button/BackButton';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('BackButton', () => {
  it('is a native button named by its visible text, calls back, and passes axe', async () => {
    let backs = 0;
    const { container } = render(() => <BackButton label="Tillbaka" onBack={() => backs++} />);
    const button = screen.getByRole('button', { name: 'Tillbaka' });
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(backs).toBe(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});
