import { describeErrand } from './describe-errand';

describeErrand('personligt-ombud', {
  alder: { ja: 'finns', nej: 'under-18', vetinte: 'finns' },
  finns: { ja: 'kontakta', nej: 'ingen-po', vetinte: 'hitta' },
});
