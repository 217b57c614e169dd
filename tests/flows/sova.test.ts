import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts).
// Not knowing whether the office is open leads to the daytime plan, which
// also names the socialjour for when it is closed.
describeErrand('sova', {
  routes: {
    nar: { dag: 'dag', kvall: 'kvall', vetinte: 'dag' },
  },
});
