import type { NetworkResult } from './graphql/uncachedQueries.ts';

/**
 * Fills the table view with the drawn network, one row per author in the
 * server's order (nearest and most strongly tied first): name, papers,
 * distance from the center, and the papers shared with the center ("—"
 * when the two never wrote together). A name selects that author.
 *
 * @example renderNetworkTable(tbody, network, centerId, (key) => select(key));
 */
export function renderNetworkTable(body: HTMLTableSectionElement, network: NetworkResult, centerId: string, onSelect: (key: string) => void): void {
  const withCenter = new Map<string, number>();
  for (const { source, target, weight } of network.edges) {
    if (source === centerId) withCenter.set(target, weight);
    else if (target === centerId) withCenter.set(source, weight);
  }
  body.replaceChildren(
    ...network.nodes.map((node) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      const choose = document.createElement('button');
      choose.type = 'button';
      choose.textContent = node.label;
      choose.addEventListener('click', () => onSelect(node.key));
      name.append(choose);
      const cells = ['paperCount' in node ? String(node.paperCount) : '', String(node.distance), String(withCenter.get(node.key) ?? '—')];
      row.append(name, ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
      return row;
    }),
  );
}
