import { coauthorAdjacency } from '../graph/store/coauthorAdjacency.ts';
import { connectedComponents } from '../graph/algorithms/connectedComponents.ts';
import { localClustering } from '../graph/algorithms/localClustering.ts';
import { AuthorRef } from './author.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import type { FieldCost } from './FieldCost.ts';

builder.objectFields(AuthorRef, (t) => ({
  clusteringCoefficient: t.float({
    nullable: true,
    description:
      'How tightly this author’s coauthors work together: the share of pairs of their coauthors who share a paper too; 0 with fewer than two coauthors; null with a BUDGET_EXCEEDED error when counting would visit more nodes than the request’s budget.',
    extensions: { cost: { call: 10 } satisfies FieldCost },
    resolve: async (author, _args, { graph, budget, yieldPoint }) => {
      await yieldPoint();
      return bounded(() => localClustering(coauthorAdjacency(graph), author.index, budget)).coefficient;
    },
  }),
  componentSize: t.int({
    nullable: true,
    description: 'How many authors (this one included) a chain of coauthors joins this author to: the size of their connected component; null with a BUDGET_EXCEEDED error when labelling the components would visit more nodes than the request’s budget.',
    resolve: (author, _args, { graph, budget }) => {
      const { componentOf, sizes } = bounded(() => connectedComponents(graph, budget));
      return sizes[componentOf[author.index]!]!;
    },
  }),
}));
