/**
 * The earliest and latest year among the papers `indices`, read from the
 * year column (NaN where a paper has none); undated papers do not count.
 *
 * @example yearRange(Uint32Array.of(0, 2), Float64Array.of(2020, 2021, NaN)) // { firstYear: 2020, lastYear: 2020 }
 */
export function yearRange(indices: Uint32Array, years: Float64Array): { firstYear: number | null; lastYear: number | null } {
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  for (const index of indices) {
    const year = years[index]!;
    if (Number.isNaN(year)) continue;
    if (firstYear === null || year < firstYear) firstYear = year;
    if (lastYear === null || year > lastYear) lastYear = year;
  }
  return { firstYear, lastYear };
}
