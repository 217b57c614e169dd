import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { QrCode } from '../../src/components/qr-code/QrCode';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('QrCode', () => {
  it('is one image with a spoken name, drawn on the device', async () => {
    const { container } = render(() => <QrCode text="https://example.org/#p=abc" label="QR-kod till din plan" />);
    const img = screen.getByRole('img', { name: 'QR-kod till din plan' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    // Modules were drawn: a version-2+ code has well over 100 dark squares.
    expect((img.querySelector('path')!.getAttribute('d')!.match(/M/g) ?? []).length).toBeGreaterThan(100);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('draws another pattern for another text', () => {
    render(() => <QrCode text="A" label="a" />);
    render(() => <QrCode text="B" label="b" />);
    const [a, b] = screen.getAllByRole('img').map((s) => s.querySelector('path')!.getAttribute('d'));
    expect(a).not.toBe(b);
  });
});
