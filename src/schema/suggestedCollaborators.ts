import { suggestedCollaborators } from '../graph/suggestedCollaborators.ts';
import { AuthorRef } from './author.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import type { FieldCost } from './FieldCost.ts';
import { paginate } from './paginate.ts';

builder.objectFields(AuthorRef, (t) => ({
  suggestedCollaborators: t.connection(
    {
      type: AuthorRef,
      nullable: true,
      description:
        'Authors this one has not written with yet who share coauthors with them, most coauthors in common first, then in name order; null with a BUDGET_EXCEEDED error when finding them would visit more nodes than the request’s budget.',
      extensions: { cost: { call: 100 } satisfies FieldCost },
      resolve: (author, page, { graph, budget }) =>
        paginate(
          bounded(() => suggestedCollaborators(graph, author, budget)).map(({ author: node, commonCoauthors }) => ({ node, commonCoauthors })),
          page,
          (edge) => edge.node.id,
        ),
    },
    { name: 'SuggestedCollaboratorsConnection', description: 'A page of suggested collaborators.' },
    {
      name: 'SuggestedCollaboratorsEdge',
      description: 'A suggested collaborator, with how many coauthors the two have in common.',
      fields: (te) => ({
        commonCoauthorCount: te.exposeInt('commonCoauthors', { description: 'Coauthors the two have in common.' }),
      }),
    },
  ),
}));
