import { describeErrand } from './describe-errand';

describeErrand('beroende', {
  fara: { ja: 'akut', nej: 'vad', vetinte: 'osaker' },
  vad: { alkohol: 'vard', droger: 'vard', spel: 'spel', vetinte: 'oklar' },
});
