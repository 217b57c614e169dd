import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('sjuk-lange', {
  routes: {
    alder: { ung: 'skola', vuxen: 'sjukpenning', aldre: 'sjukpenning', vetinte: 'sjukpenning' },
    skola: { ja: 'ae-skola', nej: 'sjukpenning', vetinte: 'sjukpenning' },
    sjukpenning: {
      ja: { 'alder=aldre': 'se-aldre', '*': 'fran-sjukpenning' },
      nej: { 'alder=ung': 'ae', 'alder=vuxen': 'se', 'alder=aldre': 'se-aldre', '*': 'oklar' },
      vetinte: 'oklar',
    },
  },
});
