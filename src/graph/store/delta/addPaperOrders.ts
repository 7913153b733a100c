import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import type { Paper } from '../Paper.ts';
import { compareDates, type PaperOrders, titleKey } from '../paperOrders.ts';
import type { Steps } from '../steps/Steps.ts';
import type { Renumbering } from './Renumbering.ts';

/**
 * The paper orders after `renumbering` brought papers in, `papers` the new
 * nodes: each old order with its papers renumbered, which keeps it in order
 * (ties follow the papers' own order, which the renumbering keeps), and
 * the new papers where they sort. A binary search per new paper, one pass.
 *
 * @example paperOrders.remember(next, yield* addPaperOrders(paperOrders(graph), next.papers, renumbering));
 */
export function* addPaperOrders(orders: PaperOrders, papers: readonly Paper[], renumbering: Renumbering): Steps<Record<keyof PaperOrders, Paper[]>> {
  const OLDEST_FIRST = insert(orders.OLDEST_FIRST, papers, renumbering, compareDates);
  yield;
  const TITLE = insert(orders.TITLE, papers, renumbering, (a, b) => compare(titleKey(a), titleKey(b)));
  yield;
  return { OLDEST_FIRST, TITLE };
}

/** `order` renumbered into `papers`, with the papers made anew in where `compare`, then their index, places them. */
function insert(order: readonly Paper[], papers: readonly Paper[], { oldToNew, anew }: Renumbering, compareKeys: (a: Paper, b: Paper) => number): Paper[] {
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
  const patched: Paper[] = [];
  let next = 0;
  for (let k = 0; k <= order.length; k++) {
    while (next < added.length && places[next] === k) patched.push(added[next++]!);
    if (k < order.length) patched.push(renumbered(k));
  }
  return patched;
}
