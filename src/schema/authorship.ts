import { AuthorRef } from './author.ts';
import { builder } from './builder.ts';
import { paginate } from './paginate.ts';
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
      resolve: async (author, { orderBy, ...page }, { loaders }) => {
        const rows = sortPapers(await loaders.papersOfAuthor.load(author), (row) => row.paper, orderBy);
        return paginate(rows.map(({ paper, position }) => ({ node: paper, position })), page, (edge) => edge.node.id);
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
      resolve: async (paper, page, { loaders }) => {
        const rows = await loaders.authorsOfPaper.load(paper);
        return paginate(rows.map(({ author, position }) => ({ node: author, position })), page, (edge) => edge.node.id);
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
