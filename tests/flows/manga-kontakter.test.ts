import { describeErrand } from './describe-errand';

describeErrand('manga-kontakter', {
  vilka: {
    bada: 'har-sip',
    varden: 'bara-varden',
    kommunen: 'bara-kommunen',
    myndigheter: 'myndigheter',
    vetinte: 'be-om-sip',
  },
  'har-sip': { ja: 'folj-upp', nej: 'be-om-sip', vetinte: 'be-om-sip' },
});
