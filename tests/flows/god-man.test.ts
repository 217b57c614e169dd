import { describeErrand } from './describe-errand';

describeErrand('god-man', {
  redan: { nej: 'hur-mycket', ja: 'har-redan', vetinte: 'hur-mycket' },
  'hur-mycket': { lite: 'fullmakt', mycket: 'god-man', vetinte: 'fullmakt' },
});
