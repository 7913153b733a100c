import type { Author } from '../graph/store/Author.ts';
import { suggestedCollaborators } from '../graph/algorithms/suggestedCollaborators.ts';
import { AuthorRef } from './author.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import type { FieldCost } from './FieldCost.ts';
import { edgeList, ListEdge, paginate } from './paginate.ts';

/** A suggested collaborator, with how many coauthors the two have in common. */
class SuggestionEdge extends ListEdge<Author> {
  constructor(
    node: Author,
    readonly commonCoauthors: number,
  ) {
    super(node);
  }
}

builder.objectFields(AuthorRef, (t) => ({
  suggestedCollaborators: t.connection(
    {
      type: AuthorRef,
      nullable: true,
      description:
        'Authors this one has not written with yet who share coauthors with them, most coauthors in common first, then in name order; null with a BUDGET_EXCEEDED error when finding them would visit more nodes than the request’s budget.',
      extensions: { cost: { call: 100 } satisfies FieldCost },
      resolve: async (author, page, { graph, budget, yieldPoint }) => {
        await yieldPoint();
        return paginate(
          edgeList(bounded(() => suggestedCollaborators(graph, author, budget)), (suggestion) => new SuggestionEdge(suggestion.author, suggestion.commonCoauthors)),
          page,
        );
      },
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
