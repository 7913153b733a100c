import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import type { WaitingSteps } from '../steps/Steps.ts';
import type { RowPatch } from './patchAdjacency.ts';
import { type BesideOptions, patchAdjacencyBeside } from './patchAdjacencyBeside.ts';
import type { MergeRenumbering } from './Renumbering.ts';

/**
 * The coauthor adjacency after the merge `renumbering` describes, from the
 * one before it: the merged person's row is the sum of the merged authors'
 * rows (they share no paper, so none is in another's row), each of their
 * coauthors' rows holds the person once, with the papers shared with any of
 * them added up, and every other row is the old one renumbered. Started
 * when called, on a worker thread for a large adjacency (see
 * `patchAdjacencyBeside`).
 *
 * @example const adjacency = yield* mergeAdjacency(coauthorAdjacency(graph), yield* renumberForMerge(n, [tim, timothy], at));
 */
export function mergeAdjacency(adjacency: CoauthorAdjacency, renumbering: MergeRenumbering, options?: BesideOptions): WaitingSteps<CoauthorAdjacency> {
  const { offsets, neighbours } = adjacency;
  const { oldToNew, survivor, merged } = renumbering;
  const patches = new Map<number, RowPatch>([[survivor, { from: merged, added: [] }]]);
  for (const author of merged) {
    for (let k = offsets[author]!; k < offsets[author + 1]!; k++) patches.set(oldToNew[neighbours[k]!]!, { from: [neighbours[k]!], added: [] });
  }
  return patchAdjacencyBeside(adjacency, renumbering, patches, options);
}
