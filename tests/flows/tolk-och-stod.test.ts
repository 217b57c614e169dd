import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('tolk-och-stod', {
  routes: {
    behov: { tolk: 'var', med: 'med', ombud: 'fullmakt', vetinte: 'oklar' },
    var: { vard: 'tolk-vard', myndighet: 'tolk-myndighet', vetinte: 'tolk-oklar' },
  },
});
