import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts). One
// plan for every meeting: who it is with and the interpreter only choose
// its steps.
describeErrand('mote', {
  routes: {
    vem: { fk: 'tolk', af: 'tolk', socialtjansten: 'tolk', lakare: 'tolk', annan: 'tolk', vetinte: 'tolk' },
    tolk: { ja: 'forbered', nej: 'forbered', vetinte: 'forbered' },
  },
});
