import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('skulder', {
  routes: {
    brev: { ja: 'forelaggande', nej: 'lange', vetinte: 'oklar' },
    lange: { ja: 'skuldsanering', nej: 'radgivning', vetinte: 'radgivning' },
  },
});
