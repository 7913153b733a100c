import { Paper } from '../graph/store/Paper.ts';
import { apiError } from './apiError.ts';
import { AuthorRef } from './author.ts';
import { builder } from './builder.ts';
import { localIdOf } from './localIdOf.ts';
import { BATCH_PER_TURN } from './createLoaders.ts';
import { type FieldCost, scanCost } from './FieldCost.ts';
import { edgeList, ListEdge, orderList, paginate } from './paginate.ts';
import { PaperOrder, papersInOrder, sortPapers } from './paperOrder.ts';

export const PaperRef = builder.loadableNode(Paper, {
  name: 'Paper',
  loaderOptions: BATCH_PER_TURN,
  description: 'A paper and its byline.',
  id: { resolve: (paper) => paper.id },
  load: async (ids: string[], { graph }) =>
    ids.map((id) => graph.paperById(id) ?? apiError('NOT_FOUND', `No paper has the id "${id}" in the loaded data.`)),
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'The title; null when the source gives none.' }),
    abstract: t.string({
      nullable: true,
      description: 'The abstract, or the excerpt of it the source gives; null when it gives none.',
      resolve: (p) => p.abstract,
    }),
    published: t.string({
      nullable: true,
      description: 'Publication date, ISO 8601 (`2022-12-15`); null when the source gives none.',
      resolve: (p) => p.published,
    }),
    year: t.exposeInt('year', { nullable: true, description: 'Publication year; null when the source gives none.' }),
    codeImplementations: t.int({
      nullable: true,
      description: 'How many public code implementations the source lists; null when it does not say.',
      resolve: (p) => p.codeImplementations,
    }),
    venue: t.string({ nullable: true, description: 'Journal or conference, where known.', resolve: (p) => p.venue }),
    categories: t.stringList({
      description: 'Subject classes the source assigns (arXiv’s `cs.CL`, `math.CO`), in its order; empty when it gives none.',
      resolve: (p) => p.categories,
    }),
    arxivId: t.string({ nullable: true, description: 'The arXiv identifier, e.g. `2212.08073`, where known.', resolve: (p) => p.arxivId }),
    doi: t.string({ nullable: true, description: 'The DOI, where known.', resolve: (p) => p.doi }),
    url: t.string({
      nullable: true,
      description: 'Where to read the paper: the source’s link, else its arXiv page; null when neither is known.',
      resolve: ({ url, arxivId }) => url ?? (arxivId === undefined ? null : `https://arxiv.org/abs/${arxivId}`),
    }),
    authorCount: t.exposeInt('authorCount', { description: 'How many authors the byline lists.' }),
  }),
});

const PaperFilter = builder.inputType('PaperFilter', {
  description: 'Conditions a paper must meet; all given ones must hold.',
  fields: (t) => ({
    yearFrom: t.int({ description: 'Published in this year or later.' }),
    yearTo: t.int({ description: 'Published in this year or earlier.' }),
    authorId: t.globalID({ description: 'Written by this author (global id).' }),
    search: t.string({
      description: 'Title or abstract contains this text anywhere, ignoring case and diacritics; `search(query:)` instead matches the beginnings of words, ranked.',
    }),
  }),
});

builder.queryFields((t) => ({
  paper: t.field({
    type: PaperRef,
    nullable: true,
    description: 'One paper by global id. An unknown id is a NOT_FOUND error.',
    args: { id: t.arg.globalID({ required: true, description: 'The paper’s global id.' }) },
    resolve: (_root, { id }, context) => PaperRef.getDataloader(context).load(localIdOf(id, 'Paper', 'id')),
  }),
  papers: t.connection(
    {
      type: PaperRef,
      description: 'All papers, or those that meet `filter`.',
      args: {
        filter: t.arg({ type: PaperFilter, description: 'Conditions the papers must meet.' }),
        orderBy: t.arg({ type: PaperOrder, required: true, defaultValue: 'NEWEST_FIRST', description: 'The order of the list.' }),
      },
      // A text or year filter scans every paper, `authorId` sorts that author's papers, and a cursor in a filtered list is found by a scan.
      extensions: {
        cost: {
          call: ({ filter }, bounds) => {
            const { search, yearFrom, yearTo, authorId } = (filter ?? {}) as Record<string, unknown>;
            const scans = (search == null ? 0 : 1) + (yearFrom == null && yearTo == null ? 0 : 1);
            return 1 + scans * scanCost(bounds.papers) + (authorId == null ? 0 : bounds.papersOfAuthor);
          },
          cursorScan: ({ filter }, bounds) => (filters(filter) ? scanCost(bounds.papers) : 0),
        } satisfies FieldCost,
      },
      resolve: async (_root, { filter, orderBy, ...page }, context) => {
        const { graph } = context;
        const order = papersInOrder(graph, orderBy);
        if (!filters(filter)) return paginate(orderList(order, graph.paperCount, (index) => graph.paper(index), (id) => graph.paperById(id)), page);
        // Every filter keeps the order of its input, so only an author's own (short) list is sorted here. Paper indices; undefined is every paper in index order.
        let papers: ArrayLike<number> | undefined = order;
        if (filter?.authorId != null) {
          const author = await AuthorRef.getDataloader(context).load(localIdOf(filter.authorId, 'Author', 'filter.authorId'));
          papers = sortPapers(Array.from((await context.loaders.papersOfAuthor.load(author)).papers), (index) => graph.paper(index), orderBy);
        }
        if (filter?.search != null) papers = graph.searchPapers(filter.search, papers);
        const { yearFrom, yearTo } = filter ?? {};
        if (yearFrom != null || yearTo != null) {
          const years = graph.parts.paperColumns.numbers.year;
          papers = graph.papersWhere((index) => {
            const year = years[index]!;
            return !Number.isNaN(year) && (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
          }, papers);
        }
        // Some filter is set, so one of the steps above has made the list.
        return paginate(edgeList(papers!, (index) => new ListEdge(graph.paper(index))), page);
      },
    },
    { name: 'PaperConnection', description: 'A page of papers.' },
    { name: 'PaperEdge', description: 'A paper in a list.' },
  ),
}));

/** Whether a `PaperFilter` sets any condition: `{}` and all-null fields filter nothing. */
function filters(filter: unknown): boolean {
  return typeof filter === 'object' && filter !== null && Object.values(filter).some((value) => value != null);
}
