import { describeErrand } from './describe-errand';

describeErrand('e-legitimation', {
  vill: { arende: 'utan-inloggning', skaffa: 'id', vetinte: 'id' },
  id: { ja: 'bank', nej: 'skaffa-id', vetinte: 'skaffa-id' },
  bank: { ja: 'skaffa-bankid', nej: 'bank-forst', vetinte: 'bank-forst' },
});
