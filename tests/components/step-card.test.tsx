import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { StepCard, type StepCardProps } from '../../src/components/step-card/StepCard';
import { axeViolations } from './axe';

afterEach(cleanup);

const LABELS = { contact: 'Vem', how: 'Hur', say: 'Säg så här', bring: 'Ta med', next: 'Sedan', ifNo: 'Om de säger nej', phone: 'Telefon', web: 'Webb' };
const base: StepCardProps = {
  n: 1, label: 'Steg 1', title: 'Ring Försäkringskassan', contactName: 'Försäkringskassan', contactFind: 'Kundcenter.',
  phone: '0771-524 524', web: 'https://www.forsakringskassan.se/', ways: ['Telefon', 'Webb'], say: 'Jag är sjuk.',
  next: 'De skickar ett brev.', ifNo: 'Du kan be om ett nytt beslut.', labels: LABELS,
};

describe('StepCard', () => {
  it('shows who, how, what to say, what follows and what if not, in that order', async () => {
    const { container } = render(() => <ol><StepCard {...base} bring="Läkarintyg" /></ol>);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Steg 1: Ring Försäkringskassan');
    expect([...container.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Vem', 'Hur', 'Säg så här', 'Ta med', 'Sedan', 'Om de säger nej']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the phone number is a tel: link with digits only, the web address short and left-to-right', () => {
    render(() => <ol><StepCard {...base} /></ol>);
    const tel = screen.getByRole('link', { name: '0771-524 524' });
    expect(tel.getAttribute('href')).toBe('tel:0771524524');
    expect(tel.getAttribute('dir')).toBe('ltr');
    const web = screen.getByRole('link', { name: 'forsakringskassan.se/' });
    expect(web.getAttribute('href')).toBe('https://www.forsakringskassan.se/');
  });

  it('leaves out "Ta med", the phone and the web when a step has none', () => {
    const { phone: _p, web: _w, ...bare } = base;
    const { container } = render(() => <ol><StepCard {...bare} /></ol>);
    expect(container.textContent).not.toContain('Ta med');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
