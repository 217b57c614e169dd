import { describeErrand } from './describe-errand';

describeErrand('bostad', {
  lage: {
    efter: 'tidigt',
    uppsagd: 'betala',
    kronofogden: 'kronofogden-brev',
    datum: 'vrakningsdag',
    vetinte: 'oklart',
  },
  betala: { ja: 'uppsagd-betala', nej: 'uppsagd-hjalp', vetinte: 'uppsagd-hjalp' },
});
