import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('stod-i-vardagen', {
  routes: {
    lage: { nej: 'behov', vantar: 'vantar', avslag: 'overklaga', vetinte: 'ansok' },
    behov: { ja: 'ansok-lss', nej: 'ansok', vetinte: 'ansok' },
  },
});
