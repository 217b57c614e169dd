import { describeErrand } from './describe-errand';

describeErrand('klaga-pa-varden', {
  vad: { behandling: 'klagat', bemotande: 'klagat', vetinte: 'klagat' },
  klagat: { nej: 'vardgivaren', vetinte: 'vardgivaren' },
});
