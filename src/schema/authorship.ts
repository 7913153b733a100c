import type { Author } from '../graph/Author.ts';
import type { Paper } from '../graph/Paper.ts';
import { AuthorRef } from './author.ts';
import { builder } from './builder.ts';
import { type EdgeList, paginate, PositionEdge } from './paginate.ts';
import { PaperRef } from './paper.ts';
import { PaperOrder, sortPapers } from './paperOrder.ts';

// The two directions of the authorship edge live here, so that author.ts and
// paper.ts need not import each other.

const positionField = 'The author’s place on the byline, 1 for the first author.';

builder.objectFields(AuthorRef, (t) => ({
  papers: t.connection(
    {
      type: PaperRef,
      description: 'The papers this author wrote, newest first unless `orderBy` says otherwise.',
      args: {
        orderBy: t.arg({ type: PaperOrder, required: true, defaultValue: 'NEWEST_FIRST', description: 'The order of the list.' }),
      },
      resolve: async (author, { orderBy, ...page }, { loaders, graph }) => {
        const { papers, positions } = await loaders.papersOfAuthor.load(author);
        // Rows are newest first already; other orders sort slots, not papers.
        const slots = orderBy === 'NEWEST_FIRST' ? undefined : sortPapers(Array.from(papers.keys()), (k) => graph.papers[papers[k]!]!, orderBy);
        const slotAt = (index: number) => slots?.[index] ?? index;
        const list: EdgeList<PositionEdge<Paper>> = {
          length: papers.length,
          edgeAt: (index) => new PositionEdge(graph.papers[papers[slotAt(index)]!]!, positions[slotAt(index)]!),
          keyAt: (index) => graph.papers[papers[slotAt(index)]!]!.id,
        };
        return paginate(list, page);
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
      resolve: async (paper, page, { loaders, graph }) => {
        const authors = await loaders.authorsOfPaper.load(paper);
        const authorAt = (index: number): Author => graph.authors[authors[index]!]!;
        return paginate({ length: authors.length, edgeAt: (index) => new PositionEdge(authorAt(index), index + 1), keyAt: (index) => authorAt(index).id }, page);
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
