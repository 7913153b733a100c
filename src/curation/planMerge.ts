import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { nameDefect } from '../ingest/nameDefect.ts';
import type { Change } from '../journal/Change.ts';
import type { UserError } from './UserError.ts';
import { homonymsOf, numberedName } from './homonymsOf.ts';

/**
 * The change that makes one person of the authors `ids` (raw author ids,
 * undefined for one that could not be read), the first surviving, shown as
 * `name` when given; or why not: a blank name or one with control
 * characters or surrounding spaces, an id no author has, fewer than two
 * authors, two of them on one byline, which makes them two people
 * whatever their names, or some but not all of the people one spelling was
 * split into (see `splitHomonyms`): the merge joins spellings, and theirs
 * stands for them all.
 *
 * @example planMerge(graph, ['…Tim', '…Timothy'], (id) => graph.authorById(id), 'Timothy J. Maxwell')
 */
export function planMerge(
  graph: CoauthorGraph,
  ids: readonly (string | undefined)[],
  find: (id: string) => Author | undefined,
  name?: string,
): Change | UserError[] {
  const authors: Author[] = [];
  const errors: UserError[] = [];
  const defect = name === undefined ? undefined : nameDefect(name);
  if (defect !== undefined) errors.push({ field: 'name', message: `The name ${JSON.stringify(name)} ${defect}.`, code: 'INVALID_NAME' });
  ids.forEach((id, index) => {
    const author = id === undefined ? undefined : find(id);
    if (author === undefined) errors.push({ field: `ids[${index}]`, message: `No author has the id at ids[${index}] in the current graph.`, code: 'NOT_FOUND' });
    // Nodes are made per read: one author found twice is two equal objects, told apart by index.
    else if (!authors.some((other) => other.index === author.index)) authors.push(author);
  });
  if (errors.length > 0) return errors;
  if (authors.length < 2) return [{ field: 'ids', message: 'A merge needs the ids of at least two different authors.', code: 'TOO_FEW_AUTHORS' }];
  const papers = graph.papersOfAuthors(authors).map(({ papers: of }) => new Set(of));
  for (let a = 0; a < authors.length; a++) {
    for (let b = a + 1; b < authors.length; b++) {
      const shared = [...papers[a]!].find((paper) => papers[b]!.has(paper));
      if (shared === undefined) continue;
      const paper = graph.paper(shared);
      return [
        {
          field: `ids[${b}]`,
          message: `"${authors[a]!.name}" and "${authors[b]!.name}" are both authors of "${paper.title ?? paper.id}" (${paper.id}), so they are two people.`,
          code: 'SAME_PAPER',
        },
      ];
    }
  }
  for (const author of authors) {
    const split = homonymsOf(graph, author);
    const missing = split?.people.filter((person) => !authors.some((other) => other.index === person.index)) ?? [];
    if (split === undefined || missing.length === 0) continue;
    return [
      {
        field: 'ids',
        message:
          `"${split.spelling}" was split into ${split.people.length} people told apart by their papers: ${split.listed}. ` +
          `A merge joins spellings, so it would join them all: add the id of ${missing.map((person) => `"${numberedName(person)}"`).join(', ')} to make them one person, or leave "${split.spelling}" out.`,
        code: 'HOMONYM_SPLIT',
      },
    ];
  }
  const merged = authors.map((author) => ({ id: author.id, spellings: author.aliases.map((alias) => alias.name) }));
  return name === undefined ? { kind: 'mergeAuthors', authors: merged } : { kind: 'mergeAuthors', authors: merged, name };
}
