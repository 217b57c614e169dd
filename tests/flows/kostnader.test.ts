import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts).
describeErrand('kostnader', {
  routes: {
    vad: { vard: 'rad', medicin: 'rad', bada: 'rad', vetinte: 'rad' },
    rad: { ja: 'skydd', nej: 'hjalp', vetinte: 'hjalp' },
  },
});
