import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts).
describeErrand('mat', {
  routes: {
    nar: { dag: 'dag', kvall: 'kvall', vetinte: 'dag' },
  },
});
