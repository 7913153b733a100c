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
  const [, year, month, day] = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u.exec(text) ?? [];
  if (year === undefined || month === undefined || day === undefined) return false;
  return isoDate(Number(year), Number(month), Number(day)) === text;
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
