import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('klaga-pa-varden', {
  routes: {
    vad: { behandling: 'klagat', bemotande: 'klagat', vetinte: 'klagat' },
    klagat: { nej: 'vardgivaren', ja: { 'vad=behandling': 'ivo', '*': 'patientnamnden' }, vetinte: 'vardgivaren' },
  },
});
