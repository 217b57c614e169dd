import { describeErrand } from './describe-errand';

describeErrand('sjuk-lange', {
  alder: { ung: 'skola', vuxen: 'sjukpenning', aldre: 'sjukpenning', vetinte: 'sjukpenning' },
  skola: { ja: 'ae-skola', nej: 'sjukpenning', vetinte: 'sjukpenning' },
});
