import { describeErrand } from './describe-errand';

// Every route of the errand, written by hand: a change to the flow's routing
// must be made here too (see describe-errand.ts).

/** In every region: a vårdcentral if you have one, otherwise 1177 first. */
const toRegion = { 'vardcentral-fraga=ja': 'vardcentral', '*': 'via-1177' };

describeErrand('psykisk-ohalsa', {
  routes: {
    fara: { ja: 'akut', tankar: 'tankar', nej: 'psykiatri', vetinte: 'osaker' },
    psykiatri: { ja: 'egen-mottagning', nej: 'vardcentral-fraga', vetinte: 'vardcentral-fraga' },
    'vardcentral-fraga': { ja: 'region', nej: 'region', vetinte: 'region' },
    region: {
      blekinge: toRegion,
      dalarna: toRegion,
      gotland: toRegion,
      gavleborg: toRegion,
      halland: toRegion,
      'jamtland-harjedalen': toRegion,
      jonkoping: toRegion,
      kalmar: toRegion,
      kronoberg: toRegion,
      norrbotten: toRegion,
      skane: toRegion,
      stockholm: toRegion,
      sormland: toRegion,
      uppsala: toRegion,
      varmland: toRegion,
      vasterbotten: toRegion,
      vasternorrland: toRegion,
      vastmanland: toRegion,
      'vastra-gotaland': toRegion,
      orebro: toRegion,
      ostergotland: toRegion,
      vetinte: toRegion,
    },
  },
  acute: ['akut', 'tankar', 'osaker'],
});
