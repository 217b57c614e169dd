import { describeErrand } from './describe-errand';

describeErrand('overklaga', {
  vem: { fk: 'omprovat', kommun: 'kommun', af: 'af', annan: 'oklar', vetinte: 'oklar' },
  omprovat: { nej: 'fk-omprovning', ja: 'fk-forvaltningsratt', vetinte: 'fk-oklart' },
});
