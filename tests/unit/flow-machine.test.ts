import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readCatalogueFromDisk } from '../../scripts/lib/disk-catalogue';
import { progress } from '../../src/engine/progress';
import { walk } from '../../src/engine/route';
import { compileFlow, replayEvents } from '../../src/machines/flowMachine';

const cat = readCatalogueFromDisk(process.cwd());
const flow = cat.flows['psykisk-ohalsa']!;

function atReview() {
  const a = createActor(compileFlow(flow)).start();
  a.send({ type: 'answer', node: 'fara', option: 'nej' });
  a.send({ type: 'answer', node: 'psykiatri', option: 'nej' });
  a.send({ type: 'answer', node: 'vardcentral-fraga', option: 'ja' });
  a.send({ type: 'answer', node: 'region', option: 'uppsala' });
  return a;
}

describe('flow machine', () => {
  it('goes back one question at a time and keeps the answer shown', () => {
    const a = atReview();
    a.send({ type: 'back' });
    expect(a.getSnapshot().value).toBe('region');
    a.send({ type: 'back' });
    expect(a.getSnapshot().value).toBe('vardcentral-fraga');
    a.send({ type: 'back' });
    expect(a.getSnapshot().value).toBe('psykiatri');
    expect(a.getSnapshot().context.answers.psykiatri).toBe('nej');
    a.send({ type: 'back' });
    expect(a.getSnapshot().value).toBe('fara');
    expect(a.getSnapshot().can({ type: 'back' })).toBe(false);
  });

  it('ignores an answer for another question than the one shown', () => {
    const a = createActor(compileFlow(flow)).start();
    a.send({ type: 'answer', node: 'psykiatri', option: 'ja' });
    expect(a.getSnapshot().value).toBe('fara');
  });

  it('keeps later answers that still apply after "Ändra"', () => {
    const a = atReview();
    a.send({ type: 'change', node: 'psykiatri' });
    expect(a.getSnapshot().value).toBe('psykiatri');
    a.send({ type: 'answer', node: 'psykiatri', option: 'vetinte' });
    // The later questions still apply and keep their answers: straight back to the review.
    expect(a.getSnapshot().value).toEqual({ vardcentral: 'review' });
    expect(a.getSnapshot().context.answers).toEqual({ fara: 'nej', psykiatri: 'vetinte', 'vardcentral-fraga': 'ja', region: 'uppsala' });
  });

  it('drops answers that no longer apply after "Ändra"', () => {
    const a = atReview();
    a.send({ type: 'change', node: 'psykiatri' });
    a.send({ type: 'answer', node: 'psykiatri', option: 'ja' });
    expect(a.getSnapshot().value).toEqual({ 'egen-mottagning': 'review' });
    expect(a.getSnapshot().context.answers).toEqual({ fara: 'nej', psykiatri: 'ja' });
  });

  it('asks a new question when a changed answer opens one', () => {
    const a = createActor(compileFlow(flow)).start();
    a.send({ type: 'answer', node: 'fara', option: 'nej' });
    a.send({ type: 'answer', node: 'psykiatri', option: 'ja' });
    expect(a.getSnapshot().value).toEqual({ 'egen-mottagning': 'review' });
    a.send({ type: 'change', node: 'psykiatri' });
    a.send({ type: 'answer', node: 'psykiatri', option: 'nej' });
    expect(a.getSnapshot().value).toBe('vardcentral-fraga');
  });

  it('goes straight to acute help, with no review page, and back to the question', () => {
    for (const option of ['ja', 'tankar', 'vetinte']) {
      const a = createActor(compileFlow(flow)).start();
      a.send({ type: 'answer', node: 'fara', option });
      const v = a.getSnapshot().value as Record<string, string>;
      expect(Object.values(v)).toEqual(['result']);
      expect(a.getSnapshot().context.answers).toEqual({ fara: option });
      a.send({ type: 'back' });
      expect(a.getSnapshot().value).toBe('fara');
    }
  });

  it('restarts with nothing remembered', () => {
    const a = atReview();
    a.send({ type: 'restart' });
    expect(a.getSnapshot().value).toBe('fara');
    expect(a.getSnapshot().context).toMatchObject({ answers: {}, history: [] });
  });

  it('replays stored answers to the same place', () => {
    const answers = { fara: 'nej', psykiatri: 'ja' };
    expect(walk(flow, answers)).toEqual({ path: ['fara', 'psykiatri'], at: 'egen-mottagning' });
    const a = createActor(compileFlow(flow)).start();
    for (const e of replayEvents(flow, answers)) a.send(e);
    expect(a.getSnapshot().value).toEqual({ 'egen-mottagning': 'review' });
  });

  it('says "Fråga n av total" only when the total is certain', () => {
    expect(progress(flow, 'fara', 0)).toEqual({ n: 1, total: undefined });
    expect(progress(flow, 'vardcentral-fraga', 2)).toEqual({ n: 3, total: 4 });
    expect(progress(flow, 'region', 3)).toEqual({ n: 4, total: 4 });
    expect(progress(cat.flows.sjuk!, 'hur-lange', 1)).toEqual({ n: 2, total: 2 });
  });
});
