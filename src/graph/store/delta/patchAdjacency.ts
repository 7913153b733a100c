import { type CoauthorAdjacency, weightsFor } from '../coauthorAdjacency.ts';
import { lowerBound } from '../lowerBound.ts';
import { type AllocateShared, sharedArray } from '../sharedArray.ts';
import type { Steps } from '../steps/Steps.ts';
import { type Renumbering, renumberedOffsetsInto, renumberInto } from './Renumbering.ts';

/**
 * How a row of the adjacency is made anew: the entries of the old rows
 * `from`, renumbered, with the `added` (new coauthor, papers shared) pairs;
 * a pair may take papers away (a negative count), and a coauthor left with
 * none shared goes.
 */
export interface RowPatch {
  readonly from: readonly number[];
  readonly added: readonly (readonly [number, number])[];
}

// Row entries copied between pauses: a few milliseconds.
const ENTRIES_PER_STEP = 1 << 18;

/**
 * The coauthor adjacency after `renumbering`, from the one before it: each
 * row `patches` names (by new row: every row made anew, and every row a
 * change touches) is its patch's entries, one per coauthor with the papers
 * shared added up (those that add up to none left out), in coauthor order;
 * every other row is the old one renumbered, which must leave it in order.
 * The weights widen when a sum needs it, and narrow when the ties that
 * needed their width weakened, as a build would have made them. One pass
 * over the rows (two when the weights may narrow). The new arrays come
 * from `allocate`.
 *
 * @example const adjacency = yield* patchAdjacency(coauthorAdjacency(graph), renumbering, new Map([[survivor, { from: [tim, timothy], added: [] }]]));
 */
export function* patchAdjacency(
  adjacency: CoauthorAdjacency,
  renumbering: Renumbering,
  patches: ReadonlyMap<number, RowPatch>,
  allocate: AllocateShared = sharedArray,
): Steps<CoauthorAdjacency> {
  const { offsets, neighbours, weights } = adjacency;
  const { newToOld } = renumbering;
  const patched = [...patches.keys()].sort((a, b) => a - b);
  const rows = patched.map((index) => patchedRow(adjacency, renumbering, patches.get(index)!));
  yield;
  const newCount = newToOld.length;
  // In shared memory like the rest (see `buildAdjacency`).
  const newOffsets = allocate(Uint32Array, newCount + 1);
  yield* renumberedOffsetsInto(newOffsets, offsets, newToOld, patched.map((index, p) => [index, rows[p]![0].length] as const));
  const size = newOffsets[newCount]!;
  const strongest = rows.reduce((most, [, rowWeights]) => rowWeights.reduce((max, weight) => Math.max(max, weight), most), 0);
  // A tie the width was needed for may have weakened: then the rest are looked through, as a build picks the width for the strongest tie.
  const narrower = narrowerLimit(weights);
  const mayNarrow = narrower !== undefined && strongest <= narrower && patched.some((index) => patches.get(index)!.from.some((old) => strongestIn(weights, offsets[old]!, offsets[old + 1]!) > narrower));
  const newNeighbours = allocate(Uint32Array, size);
  const newWeights = widthFor(weights, strongest, size, allocate);
  yield;
  const copying: Copying = { offsets, neighbours, weights, renumbering, patched, rows, newOffsets, newNeighbours, newWeights, next: 0 };
  for (let index = 0; index < newCount; ) {
    index = copyRows(copying, index);
    yield;
  }
  let strongestLeft = 0;
  for (let from = 0; mayNarrow && from < size; from += ENTRIES_PER_STEP) {
    strongestLeft = Math.max(strongestLeft, strongestIn(newWeights, from, Math.min(from + ENTRIES_PER_STEP, size)));
    yield;
  }
  const narrowed = mayNarrow && strongestLeft <= narrower ? weightsFor(strongestLeft, size, allocate) : newWeights;
  if (narrowed !== newWeights) narrowed.set(newWeights);
  return { offsets: newOffsets, neighbours: newNeighbours, weights: narrowed, pairCount: size / 2 };
}

/** `patchAdjacency` under way: the old arrays, the rows patched (new rows, ascending) and made, the new arrays, and the next patched row. */
interface Copying {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  readonly weights: Uint8Array | Uint16Array | Uint32Array;
  readonly renumbering: Renumbering;
  readonly patched: readonly number[];
  readonly rows: readonly [Uint32Array, Float64Array][];
  readonly newOffsets: Uint32Array;
  readonly newNeighbours: Uint32Array;
  readonly newWeights: Uint8Array | Uint16Array | Uint32Array;
  next: number;
}

/**
 * Copies rows from new row `index` on, until a step's work is done; returns
 * the next row to copy. A plain function, not a closure of each patch: a
 * closure's optimised code goes with it (see `inPieces`).
 */
function copyRows(copying: Copying, index: number): number {
  const { offsets, neighbours, weights, renumbering, patched, rows, newOffsets, newNeighbours, newWeights } = copying;
  const { newToOld } = renumbering;
  if (patched[copying.next] === index) {
    const [rowNeighbours, rowWeights] = rows[copying.next++]!;
    newNeighbours.set(rowNeighbours, newOffsets[index]);
    newWeights.set(rowWeights, newOffsets[index]);
    return index + 1;
  }
  // A run of rows kept as they were, but for the numbers in them: their weights are copied in one go.
  const limit = patched[copying.next] ?? newToOld.length;
  const start = offsets[newToOld[index]!]!;
  let to = index + 1;
  while (to < limit && newToOld[to] === newToOld[to - 1]! + 1 && offsets[newToOld[to]!]! - start < ENTRIES_PER_STEP) to++;
  const end = offsets[newToOld[to - 1]! + 1]!;
  renumberInto(neighbours.subarray(start, end), renumbering, newNeighbours.subarray(newOffsets[index]!));
  newWeights.set(weights.subarray(start, end), newOffsets[index]);
  return to;
}

/** The largest weight a narrower array than `weights` holds; undefined for the narrowest. */
function narrowerLimit(weights: Uint8Array | Uint16Array | Uint32Array): number | undefined {
  return weights instanceof Uint8Array ? undefined : weights instanceof Uint16Array ? 0xff : 0xffff;
}

/** The strongest of the ties `weights[from .. to - 1]`. A plain loop: V8 optimises loops in generators poorly. */
function strongestIn(weights: Uint8Array | Uint16Array | Uint32Array, from: number, to: number): number {
  let strongest = 0;
  for (let k = from; k < to; k++) if (weights[k]! > strongest) strongest = weights[k]!;
  return strongest;
}

/**
 * The entries of a patched row: coauthors ascending, each once, with the
 * papers shared added up; none for a coauthor they add up to 0 for (among
 * them any that went, whose papers a removal took away). In typed arrays,
 * the papers of each entry added at its coauthor's place among the sorted
 * distinct coauthors: the rows a change patches hold some hundred thousand
 * entries at a million papers (a prolific author's is patched by every
 * paper they sign), and an object an entry made the worker thread, whose
 * heap shrinks while it idles, grow it again at each patch (600–4,600
 * page faults, 60–170 ms on the core, against 70–2,300 and 40–110 ms).
 */
function patchedRow({ offsets, neighbours, weights }: CoauthorAdjacency, renumbering: Renumbering, { from, added }: RowPatch): [Uint32Array, Float64Array] {
  let count = added.length;
  for (const old of from) count += offsets[old + 1]! - offsets[old]!;
  const coauthors = new Uint32Array(count);
  const papers = new Float64Array(count);
  let filled = 0;
  for (const old of from) {
    renumberInto(neighbours.subarray(offsets[old], offsets[old + 1]), renumbering, coauthors.subarray(filled));
    for (let k = offsets[old]!; k < offsets[old + 1]!; k++) papers[filled++] = weights[k]!;
  }
  for (const [coauthor, shared] of added) {
    coauthors[filled] = coauthor;
    papers[filled++] = shared;
  }
  const distinct = distinctAscending(coauthors);
  const sums = new Float64Array(distinct.length);
  // Taken once, not an entry: on the adjacency's thread this module is CommonJS, where an import is read through a getter (see `renumberInto`).
  const [search, coauthorAt] = [lowerBound, (i: number) => distinct[i]!];
  for (let k = 0; k < count; k++) {
    const at = search(distinct.length, coauthorAt, coauthors[k]!);
    sums[at] = sums[at]! + papers[k]!;
  }
  const kept = sums.reduce((total, sum) => total + (sum === 0 ? 0 : 1), 0);
  const row = new Uint32Array(kept);
  const rowWeights = new Float64Array(kept);
  for (let k = 0, at = 0; k < distinct.length; k++) {
    if (sums[k] === 0) continue;
    row[at] = distinct[k]!;
    rowWeights[at++] = sums[k]!;
  }
  return [row, rowWeights];
}

/** The numbers of `values`, each once, ascending. */
function distinctAscending(values: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let count = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[count++] = sorted[k]!;
  return sorted.subarray(0, count);
}

/** Weights as wide as `weights`, or wider when `strongest` needs it: the width a build picks for the strongest tie. */
function widthFor(weights: Uint8Array | Uint16Array | Uint32Array, strongest: number, size: number, allocate: AllocateShared): Uint8Array | Uint16Array | Uint32Array {
  return weightsFor(Math.max(strongest, (narrowerLimit(weights) ?? 0) + 1), size, allocate);
}
