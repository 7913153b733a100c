import type { AuthorDetailsResult } from './graphql/queries.ts';
import { plural } from './plural.ts';
import { renderPaperItem } from './renderPaperItem.ts';

function yearSpan(first: number | null, last: number | null): string {
  if (first === null || last === null) return '';
  return first === last ? ` (${first})` : ` (${first}–${last})`;
}

/** A captioned list; strings become plain items. */
function section(title: string, className: string, items: readonly (string | HTMLLIElement)[], ordered = false): HTMLElement[] {
  const caption = document.createElement('h3');
  caption.textContent = title;
  const list = document.createElement(ordered ? 'ol' : 'ul');
  list.className = className;
  list.append(...items.map((item) => (item instanceof HTMLLIElement ? item : Object.assign(document.createElement('li'), { textContent: item }))));
  return [caption, list];
}

/**
 * Fills the side panel with one author: paper and coauthor counts, the
 * spellings merged into them and why, their latest papers, then the
 * coauthors loaded so far with the papers they share (a name opens them)
 * and a "more" button while there are others; with `expand`, a button that
 * adds their coauthors to the drawing, as a double click on them does.
 *
 * @example renderSidePanel(panel, author, { open: (id) => openAuthor(id), more: (after) => loadCoauthors(after) });
 */
export function renderSidePanel(
  panel: HTMLElement,
  author: AuthorDetailsResult,
  actions: { open: (id: string) => void; more: (after: string) => void; expand?: (() => void) | undefined },
): void {
  const heading = document.createElement('h2');
  heading.textContent = author.name;
  const counts = document.createElement('p');
  counts.className = 'counts';
  counts.textContent = `${plural(author.paperCount, 'paper')}, ${plural(author.coauthorCount, 'coauthor')}${yearSpan(author.firstYear, author.lastYear)}`;
  const parts: HTMLElement[] = [heading, counts];
  if (actions.expand !== undefined) {
    const expand = document.createElement('button');
    expand.type = 'button';
    expand.className = 'expand';
    expand.textContent = 'Add their coauthors to the drawing';
    expand.addEventListener('click', actions.expand);
    parts.push(expand);
  }
  if (author.aliases.length > 1) {
    parts.push(...section('Spellings', 'aliases', author.aliases.map((alias) => `${alias.name} (${plural(alias.paperCount, 'paper')})`)));
  }
  if (author.identity.length > 0) {
    const merges = author.identity.map((merge) => `"${merge.spelling}" joined to "${merge.joinedTo}" by ${merge.rule.toLowerCase().replaceAll('_', ' ')}: ${merge.evidence}`);
    parts.push(...section('How the spellings were joined', 'identity', merges));
  }
  parts.push(...section('Recent papers', 'papers', author.papers.edges.map(({ node }) => renderPaperItem(node))));
  const coauthors = author.coauthors.edges.map((edge) => {
    const item = document.createElement('li');
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = edge.node.name;
    open.addEventListener('click', () => actions.open(edge.node.id));
    item.append(open, ` — ${plural(edge.collaborationCount, 'shared paper')}${yearSpan(edge.firstYear, edge.lastYear)}`);
    return item;
  });
  const shown = coauthors.length;
  parts.push(...section(shown < author.coauthors.totalCount ? `Closest coauthors (first ${shown})` : 'Coauthors', 'coauthors', coauthors, true));
  const { hasNextPage, endCursor } = author.coauthors.pageInfo;
  if (hasNextPage && endCursor !== null) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = `More coauthors (${author.coauthors.totalCount - shown} left)`;
    more.addEventListener('click', () => actions.more(endCursor));
    parts.push(more);
  }
  panel.replaceChildren(...parts);
}
