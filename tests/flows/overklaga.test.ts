import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('overklaga', {
  routes: {
    vem: { fk: 'omprovat', kommun: 'kommun', af: 'af', annan: 'oklar', vetinte: 'oklar' },
    omprovat: { nej: 'fk-omprovning', ja: 'fk-forvaltningsratt', vetinte: 'fk-oklart' },
  },
});
