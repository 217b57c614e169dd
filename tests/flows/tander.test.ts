import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts). Pain
// (or not knowing) goes straight to a dentist today; otherwise whether the
// person can pay decides the plan, and the questions about psychiatric
// difficulty only add steps.
describeErrand('tander', {
  routes: {
    ont: { ja: 'akut', nej: 'svart', vetinte: 'akut' },
    svart: { ja: 'rad', nej: 'rad', vetinte: 'rad' },
    rad: { ja: 'boka', nej: 'bistand', vetinte: 'boka' },
  },
});
