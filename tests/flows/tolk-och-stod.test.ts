import { describeErrand } from './describe-errand';

describeErrand('tolk-och-stod', {
  behov: { tolk: 'var', med: 'med', ombud: 'fullmakt', vetinte: 'oklar' },
  var: { vard: 'tolk-vard', myndighet: 'tolk-myndighet', vetinte: 'tolk-oklar' },
});
