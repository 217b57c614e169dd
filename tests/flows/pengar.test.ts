import { describeErrand } from './describe-errand';

describeErrand('pengar', {
  ersattning: { ja: 'beslut', nej: 'beslut', vetinte: 'beslut' },
});
