import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('e-legitimation', {
  routes: {
    vill: { arende: 'utan-inloggning', skaffa: 'id', vetinte: 'id' },
    id: { ja: 'bank', nej: 'skaffa-id', vetinte: 'skaffa-id' },
    bank: { ja: 'skaffa-bankid', nej: 'bank-forst', vetinte: 'bank-forst' },
  },
});
