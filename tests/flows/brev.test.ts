import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand (see describe-errand.ts). Who
// sent the letter decides the plan; whether it gives a last day adds the
// step that counts it.
const byTheSender = {
  'vem=fk|af|skatteverket|csn|kommun|vard': 'myndighet',
  'vem=kronofogden': 'kronofogden',
  'vem=foretag': 'foretag',
  'vem=domstol': 'domstol',
  '*': 'oklar',
};

describeErrand('brev', {
  routes: {
    vem: { fk: 'datum', af: 'datum', skatteverket: 'datum', csn: 'datum', kommun: 'datum', vard: 'datum', kronofogden: 'datum', foretag: 'datum', domstol: 'datum', vetinte: 'datum' },
    datum: { ja: byTheSender, nej: byTheSender, vetinte: byTheSender },
  },
});
