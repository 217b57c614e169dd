import { describeErrand } from './describe-errand';

describeErrand('sjuk', {
  situation: {
    anstalld: 'hur-lange',
    arbetssokande: 'hur-lange',
    program: 'hur-lange',
    egenforetagare: 'hur-lange',
    student: 'hur-lange',
    vetinte: 'oklar',
  },
});
