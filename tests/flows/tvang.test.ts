import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts). Not
// knowing whether the care is compulsory leads to the rights that apply now.
describeErrand('tvang', {
  routes: {
    vardas: { ja: 'nu', nej: 'efter', vetinte: 'nu' },
  },
});
