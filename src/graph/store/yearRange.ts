/**
 * The earliest and latest year among the papers `indices[from .. to)` (all
 * of them by default), read from the year column (NaN where a paper has
 * none); undated papers do not count. A range of a longer array, such as an
 * author's row of papers, is read in place, with no view made of it: a
 * build reads half a million rows.
 *
 * @example yearRange(Uint32Array.of(0, 2), Float64Array.of(2020, 2021, NaN)) // { firstYear: 2020, lastYear: 2020 }
 * @example yearRange(Uint32Array.of(0, 1, 2), Float64Array.of(2020, 2021, NaN), 1, 3) // { firstYear: 2021, lastYear: 2021 }
 */
export function yearRange(indices: Uint32Array, years: Float64Array, from = 0, to = indices.length): { firstYear: number | null; lastYear: number | null } {
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  for (let k = from; k < to; k++) {
    const year = years[indices[k]!]!;
    if (Number.isNaN(year)) continue;
    if (firstYear === null || year < firstYear) firstYear = year;
    if (lastYear === null || year > lastYear) lastYear = year;
  }
  return { firstYear, lastYear };
}
