import fc from 'fast-check';
import { getHolidays } from 'swedish-holidays';
import { describe, expect, it } from 'vitest';
import { daysOff, easterSunday, isIsoDate, lastDay, movesOn, plainEnd, type Period } from '../../src/engine/deadline';

// Calendar facts written by hand (the almanac), not worked out by the code under test.
describe('the days a deadline cannot end on', () => {
  it.each([
    [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'], [2028, '2028-04-16'],
    [2029, '2029-04-01'], [2030, '2030-04-21'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, day) => expect(easterSunday(year)).toBe(day));

  it('knows the movable days of 2026 and 2027', () => {
    const of = (y: number) => Object.fromEntries([...daysOff(y)].map(([d, n]) => [n, d]));
    expect(of(2026)).toMatchObject({
      Långfredagen: '2026-04-03', 'Annandag påsk': '2026-04-06', 'Kristi himmelsfärdsdag': '2026-05-14', Pingstdagen: '2026-05-24',
      Midsommarafton: '2026-06-19', Midsommardagen: '2026-06-20', 'Alla helgons dag': '2026-10-31',
    });
    expect(of(2027)).toMatchObject({ Midsommarafton: '2027-06-25', 'Alla helgons dag': '2027-11-06', 'Kristi himmelsfärdsdag': '2027-05-06' });
    expect(of(2025)).toMatchObject({ Midsommarafton: '2025-06-20', 'Alla helgons dag': '2025-11-01' });
  });

  it('agrees, for every year 1990–2100, with an independent library: its public holidays plus midsommarafton, julafton and nyårsafton', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let y = 1990; y <= 2100; y++) {
      // A set of days: in 2008 Kristi himmelsfärdsdag fell on 1 May, one day with two names.
      const theirs = [...new Set(getHolidays(y)
        .filter((h) => h.isPublicHoliday || ['Midsommarafton', 'Julafton', 'Nyårsafton'].includes(h.name))
        .map((h) => `${h.year}-${pad(h.month)}-${pad(h.day)}`))]
        .sort();
      expect([...daysOff(y).keys()].sort(), String(y)).toEqual(theirs);
    }
  });
});

describe('the last day to act (lag 1930:173)', () => {
  it.each<[string, string, Period, string]>([
    ['three weeks, an ordinary Monday', '2026-12-07', { weeks: 3 }, '2026-12-28'],
    ['three weeks ending on julafton: past juldagen and the weekend', '2026-12-03', { weeks: 3 }, '2026-12-28'],
    ['three weeks ending on a Saturday that is annandag jul', '2026-12-05', { weeks: 3 }, '2026-12-28'],
    ['three weeks ending on långfredagen: past Easter to the Tuesday', '2026-03-13', { weeks: 3 }, '2026-04-07'],
    ['two months ending on midsommarafton: to the Monday', '2026-04-19', { months: 2 }, '2026-06-22'],
    ['two months ending on nyårsafton: past nyårsdagen and the weekend', '2026-10-31', { months: 2 }, '2027-01-04'],
    ['two months from 31 December: February has no 31st, so its last day, a Sunday, then Monday', '2026-12-31', { months: 2 }, '2027-03-01'],
    ['two months from 31 December into a leap year: 29 February', '2027-12-31', { months: 2 }, '2028-02-29'],
    ['two months, an ordinary day', '2026-12-04', { months: 2 }, '2027-02-04'],
  ])('%s: from %s', (_, from, period, last) => {
    expect(lastDay(from, period).last).toBe(last);
  });

  const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
  const period = fc.oneof(
    fc.integer({ min: 1, max: 8 }).map((weeks) => ({ weeks })),
    fc.integer({ min: 1, max: 24 }).map((months) => ({ months })),
    fc.integer({ min: 1, max: 60 }).map((days) => ({ days })),
  );
  const DAY = 86_400_000;
  const gap = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / DAY;

  it('never ends on a weekend or a day off; never before the plain count; only days off in between', () => {
    fc.assert(
      fc.property(day, period, (from, p) => {
        const { plain, last, moved } = lastDay(from, p);
        expect(movesOn(last)).toBe(false);
        expect(gap(plain, last)).toBeGreaterThanOrEqual(0);
        expect(gap(plain, last)).toBeLessThanOrEqual(5);
        expect(moved).toBe(plain !== last);
        for (let i = 0; i < gap(plain, last); i++) expect(movesOn(new Date(new Date(plain).getTime() + i * DAY).toISOString().slice(0, 10))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a period of weeks ends on the same weekday; of months, on the same date or the month\'s last day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), (from, n) => {
        expect(new Date(plainEnd(from, { weeks: n })).getUTCDay()).toBe(new Date(from).getUTCDay());
        const end = plainEnd(from, { months: n });
        const d = Number(from.slice(8));
        expect(Number(end.slice(8)) === d || Number(end.slice(8)) < d).toBe(true);
        expect((Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7))) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)))).toBe(n);
      }),
    );
  });

  it('a day the letter itself gives is the last day as written, even on a weekend', () => {
    expect(lastDay('2026-12-26', { given: true })).toEqual({ plain: '2026-12-26', last: '2026-12-26', moved: false });
  });

  it('tells a real date from a mistyped one', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('4 december')).toBe(false);
  });
});
