import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('jobb', {
  routes: {
    inskriven: { ja: 'halsa', nej: 'halsa', vetinte: 'oklar' },
    halsa: {
      ja: { 'inskriven=ja': 'inskriven-stod', '*': 'skriv-in-stod' },
      nej: { 'inskriven=ja': 'redan-inskriven', '*': 'skriv-in' },
      vetinte: { 'inskriven=ja': 'inskriven-stod', '*': 'skriv-in-stod' },
    },
  },
});
