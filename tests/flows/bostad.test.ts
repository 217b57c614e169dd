import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('bostad', {
  routes: {
    lage: { efter: 'tidigt', uppsagd: 'betala', kronofogden: 'kronofogden-brev', datum: 'vrakningsdag', vetinte: 'oklart' },
    betala: { ja: 'uppsagd-betala', nej: 'uppsagd-hjalp', vetinte: 'uppsagd-hjalp' },
  },
});
