import { beforeEach, describe, expect, it } from 'vitest';
import { beginWalk, forgetWalk, restoreWalk, stepWalk, walk, walkAfter, walkErrand, walkValue } from '../../src/stores/walk';

describe('"Jag har flera saker": the walk through the chosen errands', () => {
  beforeEach(() => forgetWalk());

  it('goes through the chosen errands in turn, and is over after the last', () => {
    beginWalk(['sjuk', 'pengar', 'skulder']);
    expect(walkErrand()).toBe('sjuk');
    expect(walkAfter()).toBe('pengar');
    expect(stepWalk()).toBe('pengar');
    expect(walk()).toEqual({ errands: ['sjuk', 'pengar', 'skulder'], at: 1 });
    expect(stepWalk()).toBe('skulder');
    expect(walkAfter()).toBeUndefined();
    expect(stepWalk()).toBeUndefined();
    expect(walk()).toBeUndefined();
    expect(walkValue()).toEqual({});
  });

  it('nothing chosen is no walk', () => {
    beginWalk([]);
    expect(walk()).toBeUndefined();
  });

  it('comes back from the tab\'s memory only when well formed and over known errands', () => {
    const known = (id: string) => ['sjuk', 'pengar'].includes(id);
    restoreWalk({ errands: ['sjuk', 'pengar'], at: 1 }, known);
    expect(walkErrand()).toBe('pengar');
    forgetWalk();
    for (const bad of [null, 'x', { errands: [], at: 0 }, { errands: ['sjuk'], at: 1 }, { errands: ['sjuk'], at: -1 }, { errands: ['sjuk'], at: 0.5 }, { errands: ['okänt'], at: 0 }, { errands: ['<script>'], at: 0 }, { errands: 'sjuk', at: 0 }]) {
      restoreWalk(bad, known);
      expect(walk(), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('is forgotten with everything else the person chose', () => {
    beginWalk(['sjuk']);
    forgetWalk();
    expect(walkErrand()).toBeUndefined();
  });
});
