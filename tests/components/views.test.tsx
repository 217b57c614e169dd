import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import type { OutcomeNode, QuestionNode } from '../../src/engine/types';
import { initI18n } from '../../src/i18n';
import { OutcomeView } from '../../src/views/OutcomeView';
import { QuestionView } from '../../src/views/QuestionView';
import { ReviewView } from '../../src/views/ReviewView';
import { ManyView } from '../../src/views/ManyView';
import { WalkActions, WalkProgress } from '../../src/views/WalkBar';
import { axeViolations } from './axe';

const cat = readCatalogueFromDisk(process.cwd());
beforeAll(() => initI18n(cat, 'sv'));
afterEach(cleanup);

describe('QuestionView', () => {
  const node = cat.flows.sjuk!.nodes.situation as QuestionNode;
  const renderQ = (onAnswer: (o: string) => void = () => {}) =>
    render(() => (
      <QuestionView errand="sjuk" nodeId="situation" node={node} progress={{ n: 1 }} onAnswer={onAnswer}
        onBack={() => {}} headingRef={() => {}} onError={() => {}} />
    ));
  /** The view kept on screen while the question changes: "situation", then "hur-lange" (answered "kort" before). */
  const renderSteady = () => {
    const [id, setId] = createSignal('situation');
    const current: Record<string, string | undefined> = { 'hur-lange': 'kort' };
    render(() => (
      <QuestionView errand="sjuk" nodeId={id()} node={cat.flows.sjuk!.nodes[id()] as QuestionNode} current={current[id()]}
        progress={{ n: 1 }} onAnswer={() => {}} onBack={() => {}} headingRef={() => {}} onError={() => {}} />
    ));
    return setId;
  };

  it('renders the question as the legend of a fieldset, with hint and options, and no axe violations', async () => {
    const { container } = renderQ();
    const group = screen.getByRole('radiogroup', { name: 'Vad gör du till vardags?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend h1')?.textContent).toBe('Vad gör du till vardags?');
    expect(screen.getAllByRole('radio')).toHaveLength(7);
    expect(screen.getByLabelText('Jag vet inte')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a linked, announced error when Nästa is pressed with nothing chosen', async () => {
    let answered: string | undefined;
    const { container } = renderQ((o) => (answered = o));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Det finns ett problem');
    expect(document.activeElement).toBe(alert);
    const group = screen.getByRole('radiogroup');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const describedBy = group.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('Välj ett svar');
    const link = alert.querySelector('a')!;
    expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBeTruthy();
    expect(answered).toBeUndefined();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps one view from question to question: new words, its own saved answer, no stale error', () => {
    const setId = renderSteady();
    const h1 = screen.getByRole('heading', { level: 1 });
    fireEvent.click(screen.getByLabelText('Jag har enskild firma eller handelsbolag'));
    setId('hur-lange');
    expect(screen.getByRole('heading', { level: 1 })).toBe(h1);
    expect(h1.textContent).toBe((cat.locales.sv!.sjuk as { questions: Record<string, { title: string }> }).questions['hur-lange']!.title);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength((cat.flows.sjuk!.nodes['hur-lange'] as QuestionNode).options.length);
    // The radios carry no value attribute (ADR 11): the checked one is known by its label.
    const sjukSv = cat.locales.sv!.sjuk as { questions: Record<string, { options: Record<string, string> }> };
    expect(radios.filter((r) => r.checked).map((r) => r.labels?.[0]?.textContent)).toEqual([sjukSv.questions['hur-lange']!.options.kort]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    // Back to the first question, unanswered: nothing chosen; Nästa shows the error, and the next question drops it.
    setId('situation');
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).some((r) => r.checked)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    setId('hur-lange');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('radiogroup').getAttribute('aria-invalid')).toBeNull();
  });

  it('starts fresh on the same question id in another errand', () => {
    const [errand, setErrand] = createSignal('psykisk-ohalsa');
    render(() => (
      <QuestionView errand={errand()} nodeId="fara" node={cat.flows[errand()]!.nodes.fara as QuestionNode}
        progress={{ n: 1 }} onAnswer={() => {}} onBack={() => {}} headingRef={() => {}} onError={() => {}} />
    ));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    setErrand('beroende');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe((cat.locales.sv!.beroende as { questions: Record<string, { title: string }> }).questions.fara!.title);
  });

  it('gives "Läs upp" the words on screen: question, hint and options, for each new question', () => {
    const [id, setId] = createSignal('situation');
    let text: (() => string) | undefined;
    render(() => (
      <QuestionView errand="sjuk" nodeId={id()} node={cat.flows.sjuk!.nodes[id()] as QuestionNode}
        progress={{ n: 1 }} onAnswer={() => {}} onBack={() => {}} headingRef={() => {}} onError={() => {}}
        readAloud={(t) => ((text = t), <button type="button">Läs upp</button>)} />
    ));
    const shown = () =>
      [
        screen.getByRole('heading', { level: 1 }).textContent,
        document.querySelector('.hint')?.textContent ?? '',
        ...[...document.querySelectorAll('.radio__label')].map((l) => `${l.textContent}.`),
      ].join(' ');
    expect(text!()).toBe(shown());
    expect(text!()).toContain('Jag vet inte.');
    setId('hur-lange');
    expect(text!()).toBe(shown());
    expect(text!().startsWith((cat.locales.sv!.sjuk as { questions: Record<string, { title: string }> }).questions['hur-lange']!.title)).toBe(true);
  });

  it('sends the chosen option', () => {
    let answered: string | undefined;
    renderQ((o) => (answered = o));
    fireEvent.click(screen.getByLabelText('Jag har enskild firma eller handelsbolag'));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(answered).toBe('egenforetagare');
  });

  it('goes on with Enter on a chosen option, and shows the error with Enter on none', () => {
    const answered: string[] = [];
    renderQ((o) => answered.push(o));
    fireEvent.keyDown(screen.getByLabelText('Jag har ett jobb och en chef'), { key: 'Enter' });
    expect(answered).toEqual([]);
    expect(screen.getByRole('alert')).toBeTruthy();
    const student = screen.getByLabelText('Jag studerar och får pengar från CSN');
    fireEvent.click(student);
    fireEvent.keyDown(student, { key: 'Enter' });
    expect(answered).toEqual(['student']);
    // Other keys on an option do not send.
    fireEvent.keyDown(student, { key: ' ' });
    expect(answered).toEqual(['student']);
  });
});

describe('ReviewView', () => {
  it('lists each answer with a named "Ändra" and has no axe violations', async () => {
    let changed: string | undefined;
    const { container } = render(() => (
      <ReviewView errand="sjuk" answers={[{ node: 'situation', option: 'student' }, { node: 'hur-lange', option: 'kort' }]}
        onChange={(n) => (changed = n)} onConfirm={() => {}} onBack={() => {}} headingRef={() => {}} />
    ));
    const change = screen.getByRole('button', { name: /Ändra svaret på: Hur länge/ });
    fireEvent.click(change);
    expect(changed).toBe('hur-lange');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('OutcomeView', () => {
  it('shows ordered steps with contact, what to say, sources and check date, with no axe violations', async () => {
    const node = cat.flows.sjuk!.nodes['anstalld-lang'] as OutcomeNode;
    const { container } = render(() => (
      <OutcomeView errand="sjuk" nodeId="anstalld-lang" node={node} catalogue={cat} answers={{ situation: 'anstalld', 'hur-lange': 'lang' }} onRestart={() => {}} onBack={() => {}} headingRef={() => {}} />
    ));
    const steps = container.querySelectorAll('ol.steps > li');
    expect(steps).toHaveLength(3);
    expect(steps[0]!.textContent).toContain('Steg 1');
    expect(steps[2]!.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:0771524524');
    expect(container.textContent).toContain('Säg så här');
    expect(container.textContent).toContain('Senast granskad 4 december 2026');
    for (const a of container.querySelectorAll('.sources a')) expect(a.getAttribute('rel')).toBe('noreferrer');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ManyView ("Jag har flera saker")', () => {
  const ids = ['sjuk', 'pengar', 'skulder'];
  it('lists the situations as checkboxes in the errands\' own words, with no axe violations', async () => {
    const { container } = render(() => <ManyView errands={ids} onBegin={() => {}} onContinue={() => {}} onError={() => {}} onBack={() => {}} headingRef={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jag har flera saker');
    expect(screen.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual([cat.locales.sv!.sjuk!.title, cat.locales.sv!.pengar!.title, cat.locales.sv!.skulder!.title]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('with nothing ticked says so and stays; then begins with the ticked errands in the list\'s order', () => {
    const begun: string[][] = [];
    const errors: boolean[] = [];
    render(() => <ManyView errands={ids} onBegin={(l) => begun.push(l)} onContinue={() => {}} onError={(e) => errors.push(e)} onBack={() => {}} headingRef={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Börja' }));
    expect(screen.getByRole('alert').textContent).toContain('Välj minst en sak.');
    expect(begun).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: cat.locales.sv!.skulder!.title as string }));
    fireEvent.click(screen.getByRole('checkbox', { name: cat.locales.sv!.sjuk!.title as string }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Börja' }));
    expect(begun).toEqual([['sjuk', 'skulder']]);
    expect(errors).toEqual([true, false]);
  });

  it('a walk under way: how far it got, and "Fortsätt där du var"', () => {
    let continued = 0;
    render(() => <ManyView errands={ids} walk={{ errands: ['sjuk', 'pengar', 'skulder'], at: 1 }} onBegin={() => {}} onContinue={() => continued++} onError={() => {}} onBack={() => {}} headingRef={() => {}} />);
    expect(screen.getByText('Du har redan börjat. 1 av 3 är klara.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt där du var' }));
    expect(continued).toBe(1);
  });
});

describe('WalkProgress and WalkActions', () => {
  it('says which errand of how many, in words, and that the answer is in Min plan', async () => {
    const { container } = render(() => <WalkProgress n={2} total={3} errand="pengar" added={true} />);
    const note = screen.getByRole('note', { name: 'Flera saker' });
    expect(note.textContent).toContain('Ärende 2 av 3');
    expect(note.textContent).toContain(cat.locales.sv!.pengar!.title as string);
    expect(note.textContent).toContain('Svaret finns nu i Min plan.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('on a question: skip it, or stop; on an answer: the next errand by name, or at the last one the whole plan', () => {
    const seen: string[] = [];
    const on = { onNext: () => seen.push('next'), onSkip: () => seen.push('skip'), onStop: () => seen.push('stop') };
    const q = render(() => <WalkActions atOutcome={false} nextErrand="skulder" {...on} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hoppa över det här ärendet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sluta här och se planen' }));
    q.unmount();
    const o = render(() => <WalkActions atOutcome={true} nextErrand="skulder" {...on} />);
    fireEvent.click(screen.getByRole('button', { name: `Nästa ärende: ${cat.locales.sv!.skulder!.title}` }));
    o.unmount();
    render(() => <WalkActions atOutcome={true} {...on} />);
    fireEvent.click(screen.getByRole('button', { name: 'Klart. Se hela planen' }));
    expect(screen.queryByRole('button', { name: 'Sluta här och se planen' })).toBeNull();
    expect(seen).toEqual(['skip', 'stop', 'next', 'next']);
  });
});
