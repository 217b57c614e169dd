import { describeErrand } from './describe-errand';

describeErrand('jobb', {
  inskriven: { ja: 'halsa', nej: 'halsa', vetinte: 'oklar' },
});
