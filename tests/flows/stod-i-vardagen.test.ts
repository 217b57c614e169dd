import { describeErrand } from './describe-errand';

describeErrand('stod-i-vardagen', {
  lage: { nej: 'behov', vantar: 'vantar', avslag: 'overklaga', vetinte: 'ansok' },
  behov: { ja: 'ansok-lss', nej: 'ansok', vetinte: 'ansok' },
});
