import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';
import { foldText } from '../text/foldText.ts';
import type { Paper } from './Paper.ts';
import type { PaperColumns } from './PaperColumns.ts';
import { PaperSearchText } from './PaperSearchText.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import { orderOfStrings } from './steps/orderOfStrings.ts';
import type { Steps } from './steps/Steps.ts';
import type { StringColumn } from './StringColumn.ts';

/** Every paper of a snapshot in each order other than its own (newest first), as paper indices. */
export interface PaperOrders {
  readonly OLDEST_FIRST: Uint32Array;
  readonly TITLE: Uint32Array;
}

// Runs of one date walked between pauses.
const RUNS_PER_STEP = 4096;
// Above every ISO date.
const UNDATED = '\uffff';
// Above every folded title.
const UNTITLED = '\uffff';

/**
 * Every paper of the snapshot oldest first and by title, sorted once per
 * snapshot and kept for its lifetime: folding a million titles and sorting
 * them takes seconds, too long to pay per request or to hold the event loop
 * for, so a server builds them while it loads (`paperOrders.inSteps`, or on
 * a thread of their own: `makePaperIndexes`). Ties follow the snapshot's own order.
 *
 * @example graph.paper(paperOrders(graph).TITLE[0]) // the first paper by title
 */
export const paperOrders = perSnapshotInSteps((graph) => makePaperOrders(graph.parts.paperColumns));

/**
 * The paper orders of the papers whose columns are `columns` (see `paperOrders`), as steps.
 *
 * @example const { TITLE } = runAtOnce(makePaperOrders(graph.parts.paperColumns));
 */
export function* makePaperOrders({ text: { title, published } }: PaperColumns): Steps<PaperOrders> {
  return yield* paperOrdersOf(yield* PaperSearchText.foldTitles(title), published);
}

/**
 * The paper orders of papers whose titles are `titles`, folded already
 * (`PaperSearchText.foldTitles`), and whose dates `published` holds.
 *
 * @example const orders = yield* paperOrdersOf(yield* PaperSearchText.foldTitles(columns.text.title), columns.text.published);
 */
export function* paperOrdersOf(titles: readonly (string | undefined)[], published: StringColumn): Steps<PaperOrders> {
  const keys = new Array<string>(titles.length);
  for (let i = 0; i < titles.length; i++) keys[i] = titles[i] ?? UNTITLED;
  yield;
  const OLDEST_FIRST = yield* oldestFirst(published);
  // Paper i is title i: the order of the titles, ties by index, is the order of the papers.
  const TITLE = yield* orderOfStrings(keys);
  return { OLDEST_FIRST, TITLE };
}

/**
 * The papers oldest first, undated last, ties in index order. The
 * snapshot's own order is newest first, undated last, so this is its runs of
 * one date in reverse, each run kept in order: no sort.
 */
function* oldestFirst(published: StringColumn): Steps<Uint32Array> {
  // Read as the runs are walked, once a paper, not kept: a million dates held at once are 40 MB more at the load's peak.
  const dateOf = (i: number) => published.get(i) ?? UNDATED;
  const count = published.length;
  const order = new Uint32Array(count);
  let [undated, runs, placed] = [count, 0, 0];
  while (undated > 0 && dateOf(undated - 1) === UNDATED) undated--;
  for (let runEnd = undated; runEnd > 0; ) {
    if (++runs % RUNS_PER_STEP === 0) yield;
    const date = dateOf(runEnd - 1);
    let runStart = runEnd - 1;
    while (runStart > 0 && dateOf(runStart - 1) === date) runStart--;
    for (let i = runStart; i < runEnd; i++) order[placed++] = i;
    runEnd = runStart;
  }
  for (let i = undated; i < count; i++) order[placed++] = i;
  return order;
}

/**
 * What papers are compared by in the title order: the title folded
 * (case, diacritics), untitled papers last.
 *
 * @example titleKey(paper) // 'attention is all you need'
 */
export function titleKey(paper: Paper): string {
  return foldText(paper.title ?? UNTITLED);
}

/**
 * Compares publication dates, undated papers last in both directions: they
 * answer no "when".
 *
 * @example papers.sort(compareDates)
 */
export function compareDates(a: Paper, b: Paper): number {
  return compare(a.published ?? UNDATED, b.published ?? UNDATED);
}
