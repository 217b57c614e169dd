import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).
describeErrand('personligt-ombud', {
  routes: {
    alder: { ja: 'finns', nej: 'under-18', vetinte: 'finns' },
    finns: { ja: 'kontakta', nej: 'ingen-po', vetinte: 'hitta' },
  },
});
