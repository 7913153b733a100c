import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { lowerBound } from '../lowerBound.ts';
import type { Paper } from '../Paper.ts';
import { compareDates, type PaperOrders, titleKey } from '../paperOrders.ts';
import type { Steps } from '../steps/Steps.ts';
import { NO_NEW_ROW, type Renumbering } from './Renumbering.ts';

/**
 * The paper orders after `renumbering` took papers away and brought papers
 * in, `papers` the new nodes: each old order less the papers dropped, with
 * its papers renumbered, which keeps it in order (ties follow the papers'
 * own order, which the renumbering keeps), and the new papers where they
 * sort. A binary search per new paper, one pass (two when papers go).
 *
 * @example paperOrders.remember(next, yield* patchPaperOrders(paperOrders(graph), next.papers, renumbering));
 */
export function* patchPaperOrders(orders: PaperOrders, papers: readonly Paper[], renumbering: Renumbering): Steps<Record<keyof PaperOrders, Paper[]>> {
  const OLDEST_FIRST = yield* insert(orders.OLDEST_FIRST, papers, renumbering, compareDates);
  const TITLE = yield* insert(orders.TITLE, papers, renumbering, (a, b) => compare(titleKey(a), titleKey(b)));
  return { OLDEST_FIRST, TITLE };
}

// Papers placed between pauses: a few milliseconds.
const PAPERS_PER_STEP = 1 << 16;

/** `order` less the papers dropped, renumbered into `papers`, with the papers made anew in where `compare`, then their index, places them. */
function* insert(all: readonly Paper[], papers: readonly Paper[], { oldToNew, anew, dropped }: Renumbering, compareKeys: (a: Paper, b: Paper) => number): Steps<Paper[]> {
  const order = dropped.length === 0 ? all : all.filter((paper) => oldToNew[paper.index] !== NO_NEW_ROW);
  yield;
  const byKey = (a: Paper, b: Paper) => compareKeys(a, b) || a.index - b.index;
  const added = Array.from(anew, (index) => papers[index]!).sort(byKey);
  // An old paper compared as its new node: its key is the same, its index the new one.
  const renumbered = (k: number) => papers[oldToNew[order[k]!.index]!]!;
  const places = added.map((paper) => {
    let [low, high] = [0, order.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byKey(renumbered(middle), paper) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  });
  // Every old paper gone: the placing below, driven by the old papers, would place none of the added ones.
  if (order.length === 0) return added;
  const patched = new Array<Paper>(order.length + added.length);
  for (let k = 0; k < order.length; k += PAPERS_PER_STEP) {
    placeSome(order, k, Math.min(k + PAPERS_PER_STEP, order.length), papers, oldToNew, added, places, patched);
    yield;
  }
  return patched;
}

/**
 * Writes old papers `from .. to - 1` of `order` renumbered into `patched`,
 * each after the added papers whose place comes before it (the kth old
 * paper goes to slot k plus those). A plain loop: V8 optimises loops in
 * generators poorly.
 */
function placeSome(order: readonly Paper[], from: number, to: number, papers: readonly Paper[], oldToNew: Uint32Array, added: readonly Paper[], places: readonly number[], patched: Paper[]): void {
  // The added papers placed before old paper `from`.
  let before = lowerBound(places.length, (j) => places[j]!, from);
  for (let k = from; k < to; k++) {
    while (before < places.length && places[before] === k) {
      patched[k + before] = added[before]!;
      before++;
    }
    patched[k + before] = papers[oldToNew[order[k]!.index]!]!;
  }
  if (to === order.length) for (; before < places.length; before++) patched[to + before] = added[before]!;
}
