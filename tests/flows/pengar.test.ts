import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('pengar', {
  routes: {
    ersattning: { ja: 'beslut', nej: 'beslut', vetinte: 'beslut' },
    beslut: {
      ja: 'overklaga',
      nej: { 'ersattning=ja': 'bostadstillagg', 'ersattning=nej': 'bistand', '*': 'oklar' },
      vetinte: { 'ersattning=ja': 'bostadstillagg', 'ersattning=nej': 'bistand', '*': 'oklar' },
    },
  },
});
