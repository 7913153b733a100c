import type { AuthorDetailsResult } from './graphql/queries.ts';
import { plural } from './plural.ts';

function yearSpan(first: number | null, last: number | null): string {
  if (first === null || last === null) return '';
  return first === last ? ` (${first})` : ` (${first}–${last})`;
}

/**
 * Fills the side panel with one author: paper and coauthor counts, then the
 * first coauthors with the papers they share; a coauthor's name opens them.
 *
 * @example renderSidePanel(panel, author, (id) => openAuthor({ id }));
 */
export function renderSidePanel(panel: HTMLElement, author: AuthorDetailsResult, onOpen: (id: string) => void): void {
  const heading = document.createElement('h2');
  heading.textContent = author.name;
  const counts = document.createElement('p');
  counts.className = 'counts';
  counts.textContent = `${plural(author.paperCount, 'paper')}, ${plural(author.coauthorCount, 'coauthor')}${yearSpan(author.firstYear, author.lastYear)}`;
  const list = document.createElement('ol');
  list.className = 'coauthors';
  for (const edge of author.coauthors.edges) {
    const item = document.createElement('li');
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = edge.node.name;
    open.addEventListener('click', () => onOpen(edge.node.id));
    item.append(open, ` — ${plural(edge.collaborationCount, 'shared paper')}${yearSpan(edge.firstYear, edge.lastYear)}`);
    list.append(item);
  }
  const caption = document.createElement('h3');
  const shown = author.coauthors.edges.length;
  caption.textContent = shown < author.coauthors.totalCount ? `Closest coauthors (first ${shown})` : 'Coauthors';
  panel.replaceChildren(heading, counts, caption, list);
}
