import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { clusteringSummary } from '../graph/algorithms/clusteringSummary.ts';
import { coauthorAdjacency, coauthorCount } from '../graph/store/coauthorAdjacency.ts';
import type { Author } from '../graph/store/Author.ts';
import { connectedComponents } from '../graph/algorithms/connectedComponents.ts';
import type { ValueCount } from '../graph/algorithms/countValues.ts';
import { graphDistributions } from '../graph/algorithms/graphDistributions.ts';
import { AuthorRef } from './author.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import { type FieldCost, scanCost } from './FieldCost.ts';
import { edgeList, ListEdge, paginate } from './paginate.ts';

/** An author ranked by their number of coauthors. */
class CoauthorCountEdge extends ListEdge<Author> {
  constructor(
    node: Author,
    readonly coauthorCount: number,
  ) {
    super(node);
  }
}

const YearCountRef = builder.objectRef<ValueCount>('YearCount').implement({
  description: 'How many papers appeared in one year.',
  fields: (t) => ({
    year: t.int({ description: 'The publication year.', resolve: (bin) => bin.value }),
    paperCount: t.int({ description: 'Papers published that year.', resolve: (bin) => bin.count }),
  }),
});

const BylineLengthCountRef = builder.objectRef<ValueCount>('BylineLengthCount').implement({
  description: 'How many papers have a byline of one length.',
  fields: (t) => ({
    authorCount: t.int({ description: 'Authors on the byline.', resolve: (bin) => bin.value }),
    paperCount: t.int({ description: 'Papers with that many authors.', resolve: (bin) => bin.count }),
  }),
});

const DegreeCountRef = builder.objectRef<ValueCount>('DegreeCount').implement({
  description: 'How many authors have one number of distinct coauthors (one point of the degree distribution).',
  fields: (t) => ({
    coauthorCount: t.int({ description: 'Distinct coauthors (the degree).', resolve: (bin) => bin.value }),
    authorCount: t.int({ description: 'Authors with that many coauthors.', resolve: (bin) => bin.count }),
  }),
});

const GraphStatsRef = builder.objectRef<CoauthorGraph>('GraphStats').implement({
  description:
    'Statistics of the whole loaded graph, the coauthor graph being authors joined when they share a paper. Each is computed once per loaded data set, by the first request that asks; exact diameters are left to `coauthor-graph stats --diameter`.',
  fields: (t) => ({
    paperCount: t.int({ description: 'Papers in the graph.', resolve: (graph) => graph.paperCount }),
    authorCount: t.int({ description: 'Authors in the graph.', resolve: (graph) => graph.authorCount }),
    authorshipCount: t.int({ description: 'Author–paper links: the sum of all byline lengths.', resolve: (graph) => graph.authorshipCount }),
    coauthorPairCount: t.int({
      description: 'Distinct pairs of authors who share at least one paper (edges of the coauthor graph).',
      resolve: (graph) => coauthorAdjacency(graph).pairCount,
    }),
    componentCount: t.int({
      description: 'Connected components of the coauthor graph; an author without coauthors is one alone.',
      resolve: (graph, _args, { budget }) => bounded(() => connectedComponents(graph, budget)).sizes.length,
    }),
    largestComponentSize: t.int({
      description: 'Authors in the largest connected component.',
      resolve: (graph, _args, { budget }) => {
        const { sizes, largest } = bounded(() => connectedComponents(graph, budget));
        return sizes[largest] ?? 0;
      },
    }),
    largestComponent: t.connection(
      {
        type: AuthorRef,
        description: 'The authors of the largest connected component, in name order.',
        // The component's list is read in place: a page makes its own edges, not one per member.
        extensions: { cost: { cursorScan: (_args, bounds) => scanCost(bounds.authors) } satisfies FieldCost },
        resolve: (graph, page, { budget }) => {
          const { largestMembers } = bounded(() => connectedComponents(graph, budget));
          return paginate(edgeList(largestMembers, (index) => new ListEdge(graph.author(index))), page);
        },
      },
      { name: 'ComponentAuthorsConnection', description: 'A page of the authors of a connected component.' },
      { name: 'ComponentAuthorsEdge', description: 'An author of the component.' },
    ),
    triangleCount: t.int({
      description: 'Sets of three authors each two of whom share a paper.',
      resolve: (graph, _args, { budget }) => bounded(() => clusteringSummary(graph, budget)).triangles,
    }),
    averageClustering: t.float({
      description:
        'The mean over all authors of the local clustering coefficient (the share of pairs of an author’s coauthors who are coauthors too), authors with fewer than two coauthors counting 0, as SNAP defines it.',
      resolve: (graph, _args, { budget }) => bounded(() => clusteringSummary(graph, budget)).averageClustering,
    }),
    papersPerYear: t.field({
      type: [YearCountRef],
      description: 'Dated papers per year, oldest year first; years without papers are left out.',
      resolve: (graph, _args, { budget }) => bounded(() => graphDistributions(graph, budget)).papersPerYear,
    }),
    undatedPaperCount: t.int({
      description: 'Papers without a year.',
      resolve: (graph, _args, { budget }) => bounded(() => graphDistributions(graph, budget)).undatedPapers,
    }),
    authorsPerPaper: t.field({
      type: [BylineLengthCountRef],
      description: 'Papers by byline length, shortest first.',
      resolve: (graph, _args, { budget }) => bounded(() => graphDistributions(graph, budget)).authorsPerPaper,
    }),
    degreeDistribution: t.field({
      type: [DegreeCountRef],
      description: 'Authors by number of distinct coauthors, fewest first.',
      resolve: (graph, _args, { budget }) => bounded(() => graphDistributions(graph, budget)).degrees,
    }),
    mostCollaborative: t.connection(
      {
        type: AuthorRef,
        description: 'Authors with the most distinct coauthors first, then in name order.',
        extensions: { cost: { cursorScan: (_args, bounds) => scanCost(bounds.authors) } satisfies FieldCost },
        resolve: (graph, page, { budget }) => {
          const { byCoauthorCount } = bounded(() => graphDistributions(graph, budget));
          const edgeOf = (index: number) => new CoauthorCountEdge(graph.author(index), coauthorCount(graph, graph.author(index)));
          return paginate(edgeList(byCoauthorCount, edgeOf), page);
        },
      },
      { name: 'CollaborativeAuthorsConnection', description: 'A page of authors ranked by number of coauthors.' },
      {
        name: 'CollaborativeAuthorsEdge',
        description: 'An author with their number of coauthors.',
        fields: (te) => ({ coauthorCount: te.exposeInt('coauthorCount', { description: 'Distinct coauthors of the author.' }) }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: GraphStatsRef,
    nullable: true,
    description:
      'How big and how connected the loaded graph is: counts, components, distributions, triangles and clustering. A statistic that would visit more nodes than the request’s budget makes `stats` null with a BUDGET_EXCEEDED error; use `coauthor-graph stats` offline for such data.',
    extensions: { cost: { call: 100 } satisfies FieldCost },
    resolve: (_root, _args, { graph }) => graph,
  }),
}));
