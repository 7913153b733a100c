import { Author } from '../graph/store/Author.ts';
import { SEARCH_RANKING, searchGraph } from '../graph/search/searchGraph.ts';
import { searchWords } from '../graph/search/searchWords.ts';
import { apiError } from './apiError.ts';
import { AuthorRef } from './author.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import type { FieldCost } from './FieldCost.ts';
import { edgeList, ListEdge, paginate } from './paginate.ts';
import { PaperRef } from './paper.ts';
import type { Paper } from '../graph/store/Paper.ts';

/** A search result with how well it matches. */
class SearchEdge extends ListEdge<Author | Paper> {
  constructor(
    node: Author | Paper,
    readonly score: number,
    readonly exactMatch: boolean,
  ) {
    super(node);
  }

  // Authors and papers share one list, so the key says which kind of node it names.
  override cursorKey(): string {
    return `${this.node instanceof Author ? 'A' : 'P'}:${this.node.id}`;
  }
}

const SearchResultRef = builder.unionType('SearchResult', {
  description: 'An author or a paper that matches a search.',
  types: [AuthorRef, PaperRef],
  resolveType: (value) => (value instanceof Author ? 'Author' : 'Paper'),
});

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResultRef,
      nullable: true,
      description: `Authors and papers matching \`query\`, most relevant first; null with a BUDGET_EXCEEDED error when the search would visit more nodes than the request’s budget. ${SEARCH_RANKING}`,
      args: {
        query: t.arg.string({
          required: true,
          description: 'Words, or beginnings of words, to look for: "lukosiute", "constitu", "faithful".',
        }),
      },
      extensions: { cost: { call: 100 } satisfies FieldCost },
      resolve: (_root, { query, ...page }, { graph, budget }) => {
        if (searchWords(query).length === 0) {
          throw apiError('BAD_USER_INPUT', '`query` must contain at least one letter or digit.', { argument: 'query' });
        }
        const hits = bounded(() => searchGraph(graph, query, budget));
        return paginate(edgeList(hits, (hit) => new SearchEdge(hit.kind === 'author' ? hit.author : hit.paper, hit.score, hit.exact)), page);
      },
    },
    { name: 'SearchConnection', description: 'A page of search results.' },
    {
      name: 'SearchEdge',
      description: 'A search result with how well it matches.',
      fields: (te) => ({
        score: te.exposeInt('score', {
          description: 'Per query word, 3 when it begins a word of a name, 2 of a title, 1 of an abstract (the best of these), summed.',
        }),
        exactMatch: te.exposeBoolean('exactMatch', { description: 'Whether the whole query is the author’s name (or an alias) or the paper’s title.' }),
      }),
    },
  ),
}));
