import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';

/**
 * The author `text` names on the command line: a global id from the API
 * (`QXV0aG9yOj…`), an author id, or a spelling of a name. A name several
 * people share is an error listing their ids.
 *
 * @example findAuthor(graph, 'Ethan Perez').paperCount // 6 on the seed
 */
export function findAuthor(graph: CoauthorGraph, text: string): Author {
  const decoded = Buffer.from(text, 'base64').toString();
  const byId = graph.authorById(text) ?? (decoded.startsWith('Author:') ? graph.authorById(decoded.slice('Author:'.length)) : undefined);
  if (byId !== undefined) return byId;
  const [only, ...others] = graph.authorsByName(text);
  if (only === undefined) {
    throw new Error(`no author has the id or name "${text}"; give an id from the API, or a name as the data spells it (case and accents may differ)`);
  }
  if (others.length > 0) {
    const ids = [only, ...others].map((author) => `${author.id} (${author.paperCount} papers)`).join(', ');
    throw new Error(`"${text}" names ${others.length + 1} authors: ${ids}; give one of these ids instead`);
  }
  return only;
}
