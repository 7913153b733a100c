const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The ISO 8601 `YYYY-MM-DD` spelling of a calendar day, or `undefined` when no
 * such day exists. Both the listing and the JSON Lines parser go through here,
 * so they agree on which dates are real.
 *
 * Years are limited to 1–9999 because the ISO spelling has exactly four digits.
 *
 * @example
 * isoDate(2024, 2, 29); // '2024-02-29'
 * isoDate(2023, 2, 29); // undefined: 2023 is not a leap year
 */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Whether `text` is an ISO 8601 `YYYY-MM-DD` date of a day that exists.
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2023-2-28'); // false: ISO dates are zero-padded
 */
export function isIsoDate(text: string): boolean {
  // Read digit by digit rather than by a pattern and a spelling to compare: a million records each have a date.
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  return isRealDay(year, month, day);
}

/**
 * Whether day `day` of month `month` of year `year` exists, the year 1–9999
 * as an ISO date spells it; -1 for a part stands for one that is not digits.
 *
 * @example isRealDay(2024, 2, 29); // true
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const HYPHEN = 0x2d;
const ZERO = 0x30;

/** The number spelled by the ASCII digits `text[start..end)`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
