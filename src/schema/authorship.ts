import type { Author } from '../graph/store/Author.ts';
import type { AuthorPapers, CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { Paper } from '../graph/store/Paper.ts';
import { AuthorRef } from './author.ts';
import { builder } from './builder.ts';
import { type FieldCost, scanCost } from './FieldCost.ts';
import { type EdgeList, paginate, PositionEdge } from './paginate.ts';
import { PaperRef } from './paper.ts';
import { PaperOrder, sortPapers } from './paperOrder.ts';

// The two directions of the authorship edge live here, so that author.ts and
// paper.ts need not import each other.

const positionField = 'The author’s place on the byline, 1 for the first author.';

/**
 * An author's papers as a list to page, over the snapshot's arrays; `order`
 * maps a list position to a row slot when the order is not the rows' own
 * (newest first).
 */
class AuthorPaperList implements EdgeList<PositionEdge<Paper>> {
  readonly length: number;

  constructor(
    readonly graph: CoauthorGraph,
    readonly rows: AuthorPapers,
    readonly order: readonly number[] | undefined,
  ) {
    this.length = rows.papers.length;
  }

  edgeAt(index: number): PositionEdge<Paper> {
    const slot = this.order?.[index] ?? index;
    return new PositionEdge(this.graph.paper(this.rows.papers[slot]!), this.rows.positions[slot]!);
  }

  keyAt(index: number): string {
    return this.graph.paper(this.rows.papers[this.order?.[index] ?? index]!).id;
  }
}

/** A paper's byline as a list to page, over the snapshot's arrays. */
class BylineList implements EdgeList<PositionEdge<Author>> {
  readonly length: number;

  constructor(
    readonly graph: CoauthorGraph,
    readonly authors: Uint32Array,
  ) {
    this.length = authors.length;
  }

  edgeAt(index: number): PositionEdge<Author> {
    return new PositionEdge(this.graph.author(this.authors[index]!), index + 1);
  }

  keyAt(index: number): string {
    return this.graph.author(this.authors[index]!).id;
  }
}

builder.objectFields(AuthorRef, (t) => ({
  papers: t.connection(
    {
      type: PaperRef,
      description: 'The papers this author wrote, newest first unless `orderBy` says otherwise.',
      args: {
        orderBy: t.arg({ type: PaperOrder, required: true, defaultValue: 'NEWEST_FIRST', description: 'The order of the list.' }),
      },
      // Another order than the row's sorts the author's papers; the row is a view, scanned for a cursor.
      extensions: {
        cost: {
          call: ({ orderBy }, bounds) => 1 + (orderBy === 'NEWEST_FIRST' ? 0 : bounds.papersOfAuthor),
          cursorScan: (_args, bounds) => scanCost(bounds.papersOfAuthor),
        } satisfies FieldCost,
      },
      resolve: async (author, { orderBy, ...page }, { loaders, graph, yieldPoint }) => {
        const rows = await loaders.papersOfAuthor.load(author);
        await yieldPoint();
        // Rows are newest first already; other orders sort slots, not papers.
        const order = orderBy === 'NEWEST_FIRST' ? undefined : sortPapers(Array.from(rows.papers.keys()), (slot) => graph.paper(rows.papers[slot]!), orderBy);
        return paginate(new AuthorPaperList(graph, rows, order), page);
      },
    },
    { name: 'AuthorPapersConnection', description: 'A page of an author’s papers.' },
    {
      name: 'AuthorPapersEdge',
      description: 'A paper of the author, with where the author stands on its byline.',
      fields: (te) => ({ position: te.exposeInt('position', { description: positionField }) }),
    },
  ),
}));

builder.objectFields(PaperRef, (t) => ({
  authors: t.connection(
    {
      type: AuthorRef,
      description: 'The authors of this paper, in byline order.',
      extensions: { cost: { cursorScan: (_args, bounds) => scanCost(bounds.authorsOfPaper) } satisfies FieldCost },
      resolve: async (paper, page, { loaders, graph, yieldPoint }) => {
        const authors = await loaders.authorsOfPaper.load(paper);
        await yieldPoint();
        return paginate(new BylineList(graph, authors), page);
      },
    },
    { name: 'PaperAuthorsConnection', description: 'A page of a paper’s byline.' },
    {
      name: 'PaperAuthorsEdge',
      description: 'An author of the paper, with their byline position.',
      fields: (te) => ({ position: te.exposeInt('position', { description: positionField }) }),
    },
  ),
}));
