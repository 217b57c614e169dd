import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts). "Jag vet inte" about danger
// goes to acute help, and about where to live to the safe-housing plan.
describeErrand('vald', {
  routes: {
    fara: { ja: 'akut', nej: 'bo', vetinte: 'akut' },
    bo: { ja: 'skadad', nej: 'skadad', vetinte: 'skadad' },
    skadad: {
      ja: { 'bo=ja|vetinte': 'skydd', '*': 'stod' },
      nej: { 'bo=ja|vetinte': 'skydd', '*': 'stod' },
      vetinte: { 'bo=ja|vetinte': 'skydd', '*': 'stod' },
    },
  },
  acute: ['akut'],
});
