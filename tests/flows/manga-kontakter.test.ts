import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('manga-kontakter', {
  routes: {
    vilka: { bada: 'har-sip', varden: 'bara-varden', kommunen: 'bara-kommunen', myndigheter: 'myndigheter', vetinte: 'be-om-sip' },
    'har-sip': { ja: 'folj-upp', nej: 'be-om-sip', vetinte: 'be-om-sip' },
  },
});
