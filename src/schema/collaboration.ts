import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { type CoauthorAdjacency, coauthorAdjacency, latestSharedPapers } from '../graph/store/coauthorAdjacency.ts';
import { sharedPapers } from '../graph/algorithms/sharedPapers.ts';
import { AuthorRef } from './author.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import { type FieldCost, scanCost } from './FieldCost.ts';
import { type EdgeList, ListEdge, nodeList, paginate } from './paginate.ts';
import { PaperRef } from './paper.ts';
import { PaperOrder, sortPapers } from './paperOrder.ts';

const CoauthorOrder = builder.enumType('CoauthorOrder', {
  description: 'Orders of a list of coauthors.',
  values: {
    COLLABORATION_COUNT: { description: 'Most shared papers first, then by name.' },
    NAME: { description: 'Alphabetically by name, ignoring case and diacritics.' },
    RECENT: { description: 'Most recent shared paper first, then most shared papers, then by name.' },
  } as const,
});

type CoauthorOrderValue = typeof CoauthorOrder.$inferType;

/** A coauthor of `author`, read from one slot of the snapshot's coauthor adjacency. */
class CoauthorEdge extends ListEdge<Author> {
  constructor(
    readonly author: Author,
    readonly adjacency: CoauthorAdjacency,
    readonly slot: number,
    coauthor: Author,
  ) {
    super(coauthor);
  }

  get collaborationCount(): number {
    return this.adjacency.weights[this.slot]!;
  }
}

/**
 * An author's coauthors as a list to page: places in the author's row of the
 * snapshot's coauthor adjacency in the order asked for, or (without
 * `places`) the row itself, which is in the coauthors' name order.
 */
class CoauthorList implements EdgeList<CoauthorEdge> {
  readonly length: number;
  private readonly rowStart: number;

  constructor(
    readonly graph: CoauthorGraph,
    readonly adjacency: CoauthorAdjacency,
    readonly author: Author,
    readonly places?: Uint16Array | Uint32Array,
  ) {
    this.rowStart = adjacency.offsets[author.index]!;
    this.length = places?.length ?? adjacency.offsets[author.index + 1]! - this.rowStart;
  }

  edgeAt(index: number): CoauthorEdge {
    const slot = this.slotAt(index);
    return new CoauthorEdge(this.author, this.adjacency, slot, this.graph.author(this.adjacency.neighbours[slot]!));
  }

  keyAt(index: number): string {
    return this.graph.author(this.adjacency.neighbours[this.slotAt(index)]!).id;
  }

  private slotAt(index: number): number {
    return this.rowStart + (this.places === undefined ? index : this.places[index]!);
  }
}

const SHARED_PAPERS_TASK = { name: 'the shared papers', advice: 'ask for the shared papers of fewer coauthors at once' };

builder.objectFields(AuthorRef, (t) => ({
  coauthors: t.connection(
    {
      type: AuthorRef,
      description: 'Everyone who shares at least one paper with this author; by default the closest collaborators first.',
      args: {
        orderBy: t.arg({ type: CoauthorOrder, required: true, defaultValue: 'COLLABORATION_COUNT', description: 'The order of the list.' }),
      },
      extensions: {
        cost: {
          // RECENT walks the author's coauthorships and sorts their row; the default order ranks the row by
          // counting, two passes over it, left uncharged as a view of the snapshot was; NAME reads the row as it is.
          call: ({ orderBy }, bounds) => 1 + (orderBy === 'RECENT' ? bounds.coauthorships + bounds.coauthorRow : 0),
          cursorScan: (_args, bounds) => scanCost(bounds.coauthorRow),
        } satisfies FieldCost,
      },
      resolve: async (author, { orderBy, ...page }, { loaders, graph, yieldPoint }) => {
        const adjacency = coauthorAdjacency(graph);
        const row = await loaders.coauthorsOfAuthor.load(author);
        await yieldPoint();
        return paginate(new CoauthorList(graph, adjacency, author, orderPlaces(graph, author, row, orderBy, adjacency)), page);
      },
    },
    { name: 'CoauthorConnection', description: 'A page of an author’s coauthors.' },
    {
      name: 'CoauthorEdge',
      description: 'A coauthor, with what the two wrote together.',
      fields: (te) => ({
        collaborationCount: te.exposeInt('collaborationCount', { description: 'How many papers the two share.' }),
        // The adjacency keeps no years: they are read from the two authors' papers, once per pair for both fields.
        firstYear: te.int({
          nullable: true,
          description: 'Year of their first dated shared paper.',
          resolve: async (edge, _args, { loaders }) => (await loaders.collaborationYears.load([edge.author, edge.node])).firstYear,
        }),
        lastYear: te.int({
          nullable: true,
          description: 'Year of their latest dated shared paper.',
          resolve: async (edge, _args, { loaders }) => (await loaders.collaborationYears.load([edge.author, edge.node])).lastYear,
        }),
        sharedPapers: te.connection(
          {
            type: PaperRef,
            description: 'The papers the two wrote together, newest first unless `orderBy` says otherwise.',
            args: {
              orderBy: te.arg({ type: PaperOrder, required: true, defaultValue: 'NEWEST_FIRST', description: 'The order of the list.' }),
            },
            resolve: async (edge, { orderBy, ...page }, { graph, budget, yieldPoint }) => {
              await yieldPoint();
              const papers = bounded(() => sharedPapers(graph, edge.author, edge.node, budget, SHARED_PAPERS_TASK));
              return paginate(nodeList(sortPapers(papers, (paper) => paper, orderBy)), page);
            },
          },
          { name: 'SharedPapersConnection', description: 'A page of the papers two authors share.' },
          { name: 'SharedPapersEdge', description: 'A paper two authors share.' },
        ),
      }),
    },
  ),
}));

/** Places in the row arrive most shared first, then by name; RECENT is sorted here; undefined reads the row in its own (name) order. */
function orderPlaces(
  graph: CoauthorGraph,
  author: Author,
  places: Uint16Array | Uint32Array,
  order: CoauthorOrderValue,
  adjacency: CoauthorAdjacency,
): Uint16Array | Uint32Array | undefined {
  switch (order) {
    case 'COLLABORATION_COUNT':
      return places;
    case 'NAME':
      return undefined;
    case 'RECENT': {
      // Paper indices run newest first, so the latest shared paper's index orders by recency.
      const latest = latestSharedPapers(graph, author);
      const start = adjacency.offsets[author.index]!;
      const { weights } = adjacency;
      return places.slice().sort((x, y) => latest[x]! - latest[y]! || weights[start + y]! - weights[start + x]! || x - y);
    }
  }
}

