import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { foldText } from '../../text/foldText.ts';
import type { CoauthorGraph } from '../CoauthorGraph.ts';

/** What places an author in name order. */
export interface NamePlace {
  readonly id: string;
  readonly name: string;
  readonly disambiguator: string | null;
}

/**
 * How many of the authors of `graph` (in name order) sort before `person` in
 * name order (see `buildGraph`): by folded name, name, homonym number, id. A binary search.
 *
 * @example placeInNameOrder(graph, { id, name: 'Tim Maxwell', disambiguator: null }) // the index Tim Maxwell would take
 */
export function placeInNameOrder(graph: CoauthorGraph, person: NamePlace): number {
  const folded = foldText(person.name);
  let [low, high] = [0, graph.authorCount];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const author = graph.author(middle);
    if (compareNamePlaces(author, person, foldText(author.name), folded) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The name order of two authors whose names fold to `foldedA` and `foldedB`.
 *
 * @example anew.sort((a, b) => compareNamePlaces(a, b, foldText(a.name), foldText(b.name)))
 */
export function compareNamePlaces(a: NamePlace, b: NamePlace, foldedA: string, foldedB: string): number {
  return compare(foldedA, foldedB) || compare(a.name, b.name) || compare(a.disambiguator ?? '', b.disambiguator ?? '') || compare(a.id, b.id);
}
