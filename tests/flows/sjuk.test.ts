import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
/** More than two weeks (and "Jag vet inte"): each situation's plan for a long illness. */
const longer = {
  'situation=anstalld': 'anstalld-lang',
  'situation=arbetssokande': 'arbetssokande-lang',
  'situation=program': 'program-lang',
  'situation=egenforetagare': 'egenforetagare-lang',
  'situation=aktiebolag': 'aktiebolag-lang',
  '*': 'student-lang',
};

describeErrand('sjuk', {
  routes: {
    situation: {
      anstalld: 'hur-lange',
      arbetssokande: 'hur-lange',
      program: 'hur-lange',
      egenforetagare: 'hur-lange',
      aktiebolag: 'hur-lange',
      student: 'hur-lange',
      vetinte: 'oklar',
    },
    'hur-lange': {
      kort: {
        'situation=anstalld': 'anstalld-kort',
        'situation=arbetssokande': 'arbetssokande-kort',
        'situation=program': 'program-kort',
        'situation=egenforetagare': 'egenforetagare-kort',
        'situation=aktiebolag': 'aktiebolag-kort',
        '*': 'student-kort',
      },
      mellan: {
        'situation=anstalld': 'anstalld-intyg',
        'situation=arbetssokande': 'arbetssokande-lang',
        'situation=program': 'program-lang',
        'situation=egenforetagare': 'egenforetagare-lang',
        'situation=aktiebolag': 'aktiebolag-lang',
        '*': 'student-kort',
      },
      lang: longer,
      // Not knowing how long: the plan for a long illness, so nothing is missed.
      vetinte: longer,
    },
  },
});
