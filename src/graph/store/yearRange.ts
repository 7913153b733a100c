import type { Paper } from './Paper.ts';

/** The earliest and latest year among `papers`; papers without a year do not count. */
export function yearRange(papers: Iterable<Paper>): { firstYear: number | null; lastYear: number | null } {
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  for (const { year } of papers) {
    if (year === null) continue;
    if (firstYear === null || year < firstYear) firstYear = year;
    if (lastYear === null || year > lastYear) lastYear = year;
  }
  return { firstYear, lastYear };
}
