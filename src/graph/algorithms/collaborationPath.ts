import type { Author } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../store/coauthorAdjacency.ts';
import type { Paper } from '../store/Paper.ts';
import { sharedPapers } from './sharedPapers.ts';
import type { BudgetTask, VisitBudget } from './VisitBudget.ts';

/** One step of a path: two coauthors and the papers that make them coauthors. */
export interface PathHop {
  readonly from: Author;
  readonly to: Author;
  /** Their shared papers, newest first. */
  readonly papers: readonly Paper[];
}

/** Why no path came back. */
export type NoPathReason =
  /** The two are in different connected components: no path of any length. */
  | 'NOT_CONNECTED'
  /** Every path, if there is one, is longer than `maxLength`. */
  | 'LONGER_THAN_MAX_LENGTH';

export type PathResult =
  | { readonly found: true; readonly authors: readonly Author[]; readonly hops: readonly PathHop[] }
  | { readonly found: false; readonly reason: NoPathReason; readonly maxLength: number };

const TASK: BudgetTask = { name: 'the collaboration path', advice: 'lower maxLength' };

/**
 * A shortest chain of coauthors from `from` to `to`, by bidirectional
 * breadth-first search (each round grows the side whose frontier has fewer
 * adjacency entries), with the papers behind every hop.
 *
 * Ties: of all shortest paths it returns the one whose author list comes
 * first in index order, which is name order: at each step the next author is
 * the alphabetically first one that still lies on a shortest path. The same
 * data gives the same path on every run and machine.
 *
 * @example
 * const result = collaborationPath(graph, a, b, { maxLength: 6, budget });
 * if (result.found) console.log(result.authors.map((author) => author.name).join(' → '));
 */
export function collaborationPath(
  graph: CoauthorGraph,
  from: Author,
  to: Author,
  { maxLength, budget }: { maxLength: number; budget: VisitBudget },
): PathResult {
  if (from.index === to.index) return { found: true, authors: [from], hops: [] };
  const { offsets, neighbours } = coauthorAdjacency(graph);
  const rowLength = (u: number) => offsets[u + 1]! - offsets[u]!;
  const sides = [side(from.index), side(to.index)] as const;
  const [forward, backward] = sides;

  for (;;) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) {
      return { found: false, reason: 'NOT_CONNECTED', maxLength };
    }
    if (forward.depth + backward.depth >= maxLength) return { found: false, reason: 'LONGER_THAN_MAX_LENGTH', maxLength };
    const cost = (s: Side) => s.frontier.reduce((sum, u) => sum + rowLength(u), 0);
    const [grow, other] = cost(forward) <= cost(backward) ? [forward, backward] : [backward, forward];
    const next: number[] = [];
    let met = false;
    for (const u of grow.frontier) {
      budget.spend(rowLength(u), TASK);
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbours[k]!;
        if (grow.distance.has(v)) continue;
        grow.distance.set(v, grow.depth + 1);
        next.push(v);
        if (other.distance.has(v)) met = true;
      }
    }
    grow.depth++;
    grow.frontier = next;
    if (met) {
      const indices = pickPath(forward, backward, offsets, neighbours, budget);
      const authors = indices.map((index) => graph.author(index));
      const hops = authors.slice(1).map((author, k): PathHop => {
        const previous = authors[k]!;
        return { from: previous, to: author, papers: sharedPapers(graph, previous, author, budget, TASK) };
      });
      return { found: true, authors, hops };
    }
  }
}

interface Side {
  readonly start: number;
  /** Hops from this side's start, for every author it has reached. */
  readonly distance: Map<number, number>;
  frontier: number[];
  depth: number;
}

function side(start: number): Side {
  return { start, distance: new Map([[start, 0]]), frontier: [start], depth: 0 };
}

/**
 * The alphabetically first shortest path once the searches have met. Every
 * shortest path crosses the forward side's last layer at a meeting author;
 * the forward layers are walked back from those to mark the authors that lead
 * to one, then the path is chosen greedily from the start, lowest index first.
 */
function pickPath(
  forward: Side,
  backward: Side,
  offsets: Uint32Array,
  neighbours: Uint32Array,
  budget: VisitBudget,
): number[] {
  const length = forward.depth + backward.depth;
  // onPath[i]: authors i hops from the start that lie on some shortest path (i ≥ 1).
  const onPath: Set<number>[] = [];
  onPath[forward.depth] = new Set(
    [...forward.distance].filter(([u, d]) => d === forward.depth && backward.distance.get(u) === backward.depth).map(([u]) => u),
  );
  for (let i = forward.depth - 1; i >= 1; i--) {
    const layer = new Set<number>();
    for (const u of onPath[i + 1]!) {
      budget.spend(offsets[u + 1]! - offsets[u]!, TASK);
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbours[k]!;
        if (forward.distance.get(v) === i) layer.add(v);
      }
    }
    onPath[i] = layer;
  }

  const path = [forward.start];
  for (let i = 1; i <= length; i++) {
    const current = path[i - 1]!;
    const fits = (v: number) => (i <= forward.depth ? onPath[i]!.has(v) : backward.distance.get(v) === length - i);
    budget.spend(offsets[current + 1]! - offsets[current]!, TASK);
    // Rows are sorted, so the first fit is the lowest index.
    for (let k = offsets[current]!; k < offsets[current + 1]!; k++) {
      const v = neighbours[k]!;
      if (fits(v)) {
        path.push(v);
        break;
      }
    }
  }
  return path;
}
