import { MONTHS } from '../MONTHS.ts';
import { isoDate } from '../isoDate.ts';

const RFC_2822 = /^(?:[A-Z][a-z]{2}, )?([0-9]{1,2}) ([A-Z][a-z]{2}) ([0-9]{4}) [0-9]{2}:[0-9]{2}(?::[0-9]{2})? (?:GMT|UT|[+-][0-9]{4})$/u;

/**
 * The calendar day of an RFC 2822 timestamp, as ISO `YYYY-MM-DD`, or
 * `undefined` when `text` is not one or names no real day. The day is the
 * one written, in the timestamp's own zone: arXiv writes GMT, and shifting
 * zones would move papers submitted near midnight to another day.
 *
 * @example rfc2822Date('Mon, 2 Apr 2007 19:18:42 GMT'); // '2007-04-02'
 */
export function rfc2822Date(text: string): string | undefined {
  const [, day, monthName, year] = RFC_2822.exec(text) ?? [];
  if (day === undefined || monthName === undefined || year === undefined) return undefined;
  const month = MONTHS.findIndex((name) => name === monthName) + 1;
  return month === 0 ? undefined : isoDate(Number(year), month, Number(day));
}
