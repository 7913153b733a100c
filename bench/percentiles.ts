// The latency summary the benchmarks print.

/**
 * `times` (milliseconds) as `p50 …, p99 …, max …`, each the sample at that rank.
 *
 * @example percentiles([3, 1, 2]) // 'p50 2.0 ms, p99 3.0 ms, max 3.0 ms'
 */
export function percentiles(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => rank(sorted, q)?.toFixed(1) ?? '-';
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`;
}

/**
 * The sample of `times` at rank `q` (0 to 1), as `percentiles` prints it; undefined for no samples.
 *
 * @example percentile([3, 1, 2], 0.99) // 3
 */
export function percentile(times: readonly number[], q: number): number | undefined {
  return rank([...times].sort((a, b) => a - b), q);
}

/**
 * Which sample, counted from the slowest, `percentile(times, q)` is for `count` samples: 1 for the slowest.
 *
 * @example rankFromSlowest(298, 0.99) // 3
 */
export function rankFromSlowest(count: number, q: number): number {
  return count - Math.min(count - 1, Math.floor(q * count));
}

function rank(sorted: readonly number[], q: number): number | undefined {
  return sorted[sorted.length - rankFromSlowest(sorted.length, q)];
}
