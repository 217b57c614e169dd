import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('beroende', {
  routes: {
    fara: { ja: 'akut', nej: 'vad', vetinte: 'osaker' },
    vad: { alkohol: 'vard', droger: 'vard', spel: 'spel', vetinte: 'oklar' },
    vard: {
      ja: 'har-kontakt',
      nej: { 'vad=alkohol': 'alkohol-ny', '*': 'droger-ny' },
      vetinte: { 'vad=alkohol': 'alkohol-ny', '*': 'droger-ny' },
    },
  },
  acute: ['akut', 'osaker'],
});
