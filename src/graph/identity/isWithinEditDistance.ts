/**
 * Whether `a` becomes `b` by at most `limit` insertions, deletions,
 * substitutions or swaps of neighbouring letters (optimal string alignment),
 * so "lukosuite" is one step from "lukosiute". Gives up as soon as a row
 * exceeds the limit, which keeps comparisons of unlike names cheap.
 */
export function isWithinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return false;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]! <= limit;
}
