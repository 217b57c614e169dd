import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('god-man', {
  routes: {
    redan: { nej: 'hur-mycket', ja: 'har-redan', vetinte: 'hur-mycket' },
    'hur-mycket': { lite: 'fullmakt', mycket: 'god-man', vetinte: 'fullmakt' },
  },
});
