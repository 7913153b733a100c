import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import type { CoauthorGraph } from '../CoauthorGraph.ts';
import { lowerBound } from '../lowerBound.ts';
import type { Paper } from '../Paper.ts';
import { compareDates, type PaperOrders, titleKey } from '../paperOrders.ts';
import { inPieces } from '../steps/inPieces.ts';
import type { Steps } from '../steps/Steps.ts';
import { BLOCK_BITS, MIXED } from './blockShifts.ts';
import { NO_NEW_ROW, type Renumbering } from './Renumbering.ts';
import { changeArrays } from './RecycledArrays.ts';

/**
 * The paper orders after `renumbering` took papers away and brought papers
 * in, `next` the graph it made: each old order less the papers dropped, with
 * its papers renumbered, which keeps it in order (ties follow the papers'
 * own order, which the renumbering keeps), and the new papers where they
 * sort. A binary search per new paper, one pass (two when papers go).
 *
 * @example paperOrders.remember(next, yield* patchPaperOrders(paperOrders(graph), next, renumbering));
 */
export function* patchPaperOrders(orders: PaperOrders, next: CoauthorGraph, renumbering: Renumbering): Steps<PaperOrders> {
  const OLDEST_FIRST = yield* insert(orders.OLDEST_FIRST, next, renumbering, byDate);
  const TITLE = yield* insert(orders.TITLE, next, renumbering, byTitle);
  return { OLDEST_FIRST, TITLE };
}

// The orders, ties by index. Functions made once, not comparators made by each change, whose optimised code would go with them (see `inPieces`).

function byDate(a: Paper, b: Paper): number {
  return compareDates(a, b) || a.index - b.index;
}

function byTitle(a: Paper, b: Paper): number {
  return compare(titleKey(a), titleKey(b)) || a.index - b.index;
}

/** `all` (old paper indices) less the papers dropped, renumbered into `next`'s, with the papers made anew in where `byKey` places them. */
function* insert(all: Uint32Array, next: CoauthorGraph, renumbering: Renumbering, byKey: (a: Paper, b: Paper) => number): Steps<Uint32Array> {
  const { oldToNew, anew, dropped } = renumbering;
  const order = dropped.length === 0 ? all : all.filter((index) => oldToNew[index] !== NO_NEW_ROW);
  yield;
  const added = Array.from(anew, (index) => next.paper(index)).sort(byKey);
  const places = added.map((paper) => placeAmong(order, next, oldToNew, byKey, paper));
  const addedIndices = Uint32Array.from(added, ({ index }) => index);
  // Every old paper gone: the placing below, driven by the old papers, would place none of the added ones.
  if (order.length === 0) return addedIndices;
  const patched = changeArrays.array(Uint32Array, order.length + added.length);
  yield* inPieces(order.length, (from, to) => placeSome(order, from, to, renumbering, addedIndices, places, patched));
  return patched;
}

/** How many papers of `order` (old indices) sort before `paper` in `next`, each compared as its new node: its key is the same, its index the new one. */
function placeAmong(order: Uint32Array, next: CoauthorGraph, oldToNew: Uint32Array, byKey: (a: Paper, b: Paper) => number, paper: Paper): number {
  let [low, high] = [0, order.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byKey(next.paper(oldToNew[order[middle]!]!), paper) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Writes old papers `from .. to - 1` of `order` renumbered into `patched`,
 * each after the added papers whose place comes before it (the kth old
 * paper goes to slot k plus those). A plain loop: V8 optimises loops in
 * generators poorly.
 */
function placeSome(order: Uint32Array, from: number, to: number, { oldToNew, shifts }: Renumbering, added: Uint32Array, places: readonly number[], patched: Uint32Array): void {
  // The added papers placed before old paper `from`.
  let before = lowerBound(places.length, (j) => places[j]!, from);
  for (let k = from; k < to; k++) {
    while (before < places.length && places[before] === k) {
      patched[k + before] = added[before]!;
      before++;
    }
    const old = order[k]!;
    const by = shifts[old >>> BLOCK_BITS]!;
    patched[k + before] = by === MIXED ? oldToNew[old]! : old + by;
  }
  if (to === order.length) for (; before < places.length; before++) patched[to + before] = added[before]!;
}
