/**
 * Deadlines counted as Swedish law counts time. Dates are calendar days
 * (`YYYY-MM-DD`) with no time zone, worked out in UTC so a phone's zone or
 * summer time cannot move them.
 *
 * - A period of weeks ends on the same weekday that many weeks later; of
 *   months, on the same date that many months later, or on the month's last
 *   day when it has no such date (the earlier day: never later than the law).
 * - Lag (1930:173) om beräkning av lagstadgad tid: when the last day is a
 *   Saturday, a Sunday, another public holiday (allmän helgdag, lag
 *   1989:253), midsommarafton, julafton or nyårsafton, the act may be done on
 *   the next day that is none of these.
 * The holidays are worked out here for any year (Easter by the Gregorian
 * computus); docs/adr/0027-deadlines-on-the-device.md says why not a library.
 */

/** A time limit: counted from the day the decision came, or `given` (the letter itself states the last day). */
export type Period = { weeks: number } | { months: number } | { days: number } | { given: true };

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => toIso(new Date(toDate(iso).getTime() + n * DAY));
const ymd = (y: number, m: number, d: number) => toIso(new Date(Date.UTC(y, m - 1, d)));

/** Easter Sunday (Gregorian; anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The first `weekday` (0 Sunday … 6 Saturday) on or after a date. */
const firstOnOrAfter = (iso: string, weekday: number) => addDays(iso, (weekday - toDate(iso).getUTCDay() + 7) % 7);

/** The days a deadline cannot end on, other than Saturdays and Sundays: name by date. */
export function daysOff(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const midsommardagen = firstOnOrAfter(ymd(year, 6, 20), 6);
  const days: [string, string][] = [
    [ymd(year, 1, 1), 'Nyårsdagen'],
    [ymd(year, 1, 6), 'Trettondedag jul'],
    [addDays(easter, -2), 'Långfredagen'],
    [easter, 'Påskdagen'],
    [addDays(easter, 1), 'Annandag påsk'],
    [ymd(year, 5, 1), 'Första maj'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [addDays(easter, 49), 'Pingstdagen'],
    [ymd(year, 6, 6), 'Sveriges nationaldag'],
    [addDays(midsommardagen, -1), 'Midsommarafton'],
    [midsommardagen, 'Midsommardagen'],
    [firstOnOrAfter(ymd(year, 10, 31), 6), 'Alla helgons dag'],
    [ymd(year, 12, 24), 'Julafton'],
    [ymd(year, 12, 25), 'Juldagen'],
    [ymd(year, 12, 26), 'Annandag jul'],
    [ymd(year, 12, 31), 'Nyårsafton'],
  ];
  return new Map(days);
}

const offCache = new Map<number, Map<string, string>>();
/** Whether a deadline falling on this day moves to the next day (lag 1930:173). */
export function movesOn(iso: string): boolean {
  const wd = toDate(iso).getUTCDay();
  if (wd === 0 || wd === 6) return true;
  const y = Number(iso.slice(0, 4));
  let off = offCache.get(y);
  if (!off) offCache.set(y, (off = daysOff(y)));
  return off.has(iso);
}

/** The plain end of a period counted from `from`. */
export function plainEnd(from: string, period: Period): string {
  if ('given' in period) return from;
  if ('days' in period) return addDays(from, period.days);
  if ('weeks' in period) return addDays(from, period.weeks * 7);
  const d = toDate(from);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + period.months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

/** The last day to act: the plain end, moved past weekends and days off. */
export function lastDay(from: string, period: Period): { plain: string; last: string; moved: boolean } {
  const plain = plainEnd(from, period);
  // A date the letter itself gives is the last day as written: it is not ours to move.
  if ('given' in period) return { plain, last: plain, moved: false };
  let last = plain;
  while (movesOn(last)) last = addDays(last, 1);
  return { plain, last, moved: last !== plain };
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && toIso(toDate(s)) === s;
