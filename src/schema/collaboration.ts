import type { Collaboration } from '../graph/Collaboration.ts';
import { AuthorRef } from './author.ts';
import { builder } from './builder.ts';
import { paginate } from './paginate.ts';
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

builder.objectFields(AuthorRef, (t) => ({
  coauthors: t.connection(
    {
      type: AuthorRef,
      description: 'Everyone who shares at least one paper with this author; by default the closest collaborators first.',
      args: {
        orderBy: t.arg({ type: CoauthorOrder, required: true, defaultValue: 'COLLABORATION_COUNT', description: 'The order of the list.' }),
      },
      resolve: async (author, { orderBy, ...page }, { loaders }) => {
        const collaborations = sortCollaborations(await loaders.coauthorsOfAuthor.load(author), orderBy);
        return paginate(
          collaborations.map((collaboration) => ({ node: collaboration.coauthor, collaboration })),
          page,
          (edge) => edge.node.id,
        );
      },
    },
    { name: 'CoauthorConnection', description: 'A page of an author’s coauthors.' },
    {
      name: 'CoauthorEdge',
      description: 'A coauthor, with what the two wrote together.',
      fields: (te) => ({
        collaborationCount: te.int({
          description: 'How many papers the two share.',
          resolve: (edge) => edge.collaboration.papers.length,
        }),
        firstYear: te.int({
          nullable: true,
          description: 'Year of their first dated shared paper.',
          resolve: (edge) => edge.collaboration.firstYear,
        }),
        lastYear: te.int({
          nullable: true,
          description: 'Year of their latest dated shared paper.',
          resolve: (edge) => edge.collaboration.lastYear,
        }),
        sharedPapers: te.connection(
          {
            type: PaperRef,
            description: 'The papers the two wrote together, newest first unless `orderBy` says otherwise.',
            args: {
              orderBy: te.arg({ type: PaperOrder, required: true, defaultValue: 'NEWEST_FIRST', description: 'The order of the list.' }),
            },
            resolve: (edge, { orderBy, ...page }) =>
              paginate(
                sortPapers(edge.collaboration.papers, (paper) => paper, orderBy).map((node) => ({ node })),
                page,
                (item) => item.node.id,
              ),
          },
          { name: 'SharedPapersConnection', description: 'A page of the papers two authors share.' },
          { name: 'SharedPapersEdge', description: 'A paper two authors share.' },
        ),
      }),
    },
  ),
}));

/** Collaborations arrive most shared first, then by name; other orders are sorted here. */
function sortCollaborations(collaborations: readonly Collaboration[], order: CoauthorOrderValue): readonly Collaboration[] {
  switch (order) {
    case 'COLLABORATION_COUNT':
      return collaborations;
    case 'NAME':
      return [...collaborations].sort((a, b) => a.coauthor.index - b.coauthor.index);
    case 'RECENT':
      // Each shared list is newest first and paper indices run newest first, so
      // papers[0].index orders by latest shared paper; the stable sort keeps the
      // default order among ties.
      return [...collaborations].sort((a, b) => a.papers[0]!.index - b.papers[0]!.index);
  }
}
