/** A paper as the page lists it. */
export interface ListedPaper {
  readonly title: string | null;
  readonly year: number | null;
  readonly url: string | null;
}

/**
 * A list item for a paper: its title, linked when the paper has a URL, and its year.
 *
 * @example list.append(renderPaperItem({ title: 'Constitutional AI', year: 2022, url: 'https://arxiv.org/abs/2212.08073' }));
 */
export function renderPaperItem(paper: ListedPaper): HTMLLIElement {
  const item = document.createElement('li');
  const title = paper.url === null ? document.createElement('span') : Object.assign(document.createElement('a'), { href: paper.url, target: '_blank', rel: 'noopener' });
  title.textContent = paper.title ?? 'Untitled paper';
  item.append(title, paper.year === null ? '' : ` (${paper.year})`);
  return item;
}
