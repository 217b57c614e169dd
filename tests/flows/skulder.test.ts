import { describeErrand } from './describe-errand';

describeErrand('skulder', {
  brev: { ja: 'forelaggande', nej: 'lange', vetinte: 'oklar' },
  lange: { ja: 'skuldsanering', nej: 'radgivning', vetinte: 'radgivning' },
});
