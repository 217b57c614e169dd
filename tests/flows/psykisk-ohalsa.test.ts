import { describeErrand } from './describe-errand';

describeErrand('psykisk-ohalsa', {
  fara: { ja: 'akut', nej: 'psykiatri', vetinte: 'osaker' },
  psykiatri: { ja: 'egen-mottagning', nej: 'vardcentral-fraga', vetinte: 'vardcentral-fraga' },
  'vardcentral-fraga': { ja: 'region', nej: 'region', vetinte: 'region' },
});
