import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  collaborationNetwork,
  NETWORK_SELECTION_RULE,
  type Network,
  type NetworkAuthor,
  type NetworkEdge,
  type NetworkNode,
  type NetworkPaper,
} from '../graph/algorithms/collaborationNetwork.ts';
import { apiError } from './apiError.ts';
import { AuthorRef } from './author.ts';
import { authorArgument } from './authorArgument.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import type { FieldCost } from './FieldCost.ts';
import { PaperRef } from './paper.ts';

const NETWORK_DEPTH_MAX = 3;
const NETWORK_MAX_NODES_MAX = 2000;

/**
 * The key of a network node: the global id of its Author or Paper. It is not
 * the node's own `id`: the same author is a different node in each network
 * (its `distance` depends on the centers), so an `id` shared with the Author
 * would make normalized caches merge them.
 */
function networkNodeKey(node: NetworkNode): string {
  let key = nodeKeys.get(node);
  if (key === undefined) {
    key = node.kind === 'author' ? encodeGlobalID('Author', node.author.id) : encodeGlobalID('Paper', node.paper.id);
    nodeKeys.set(node, key);
  }
  return key;
}

// Each end of every edge names its node by key: a network of 2,000 authors and
// 177,000 ties would encode the same 2,000 keys 355,000 times.
const nodeKeys = new WeakMap<NetworkNode, string>();

const NetworkNodeRef = builder.interfaceRef<NetworkNode>('NetworkNode').implement({
  // Named here rather than left to each member's isTypeOf: compiled execution
  // (graphql-jit) resolves abstract types only through resolveType.
  resolveType: (node) => (node.kind === 'author' ? 'NetworkAuthor' : 'NetworkPaper'),
  description: 'A node of a drawable network: an author, or (with `includePapers`) a paper.',
  fields: (t) => ({
    key: t.id({
      description:
        'The global id of the author or paper (`author.id` or `paper.id`); edges name their ends by it. A network node has no `id` of its own: it exists only within the network asked for.',
      resolve: networkNodeKey,
    }),
    label: t.string({
      description: 'A short text to draw by the node: the author’s name, or the paper’s title (its id when untitled).',
      resolve: (node) => (node.kind === 'author' ? node.author.name : (node.paper.title ?? node.paper.id)),
    }),
    distance: t.int({
      description: 'Collaboration steps from the nearest center (0 for a center); for a paper, that of its nearest author.',
      resolve: (node) => node.distance,
    }),
  }),
});

builder.objectRef<NetworkAuthor>('NetworkAuthor').implement({
  description: 'An author in a network.',
  interfaces: [NetworkNodeRef],
  isTypeOf: (value) => (value as NetworkNode).kind === 'author',
  fields: (t) => ({
    author: t.field({ type: AuthorRef, description: 'The author, for any further field.', resolve: (node) => node.author }),
    paperCount: t.int({ description: 'How many papers the author wrote in the whole graph (a natural node size).', resolve: (node) => node.author.paperCount }),
  }),
});

builder.objectRef<NetworkPaper>('NetworkPaper').implement({
  description: 'A paper in a bipartite author–paper network.',
  interfaces: [NetworkNodeRef],
  isTypeOf: (value) => (value as NetworkNode).kind === 'paper',
  fields: (t) => ({
    paper: t.field({ type: PaperRef, description: 'The paper, for any further field.', resolve: (node) => node.paper }),
    year: t.int({ nullable: true, description: 'Publication year; null when the source gives none.', resolve: (node) => node.paper.year }),
  }),
});

const NetworkEdgeRef = builder.objectRef<NetworkEdge>('NetworkEdge').implement({
  description: 'A link between two nodes of a network: two coauthors, or (with `includePapers`) an author and their paper.',
  fields: (t) => ({
    source: t.id({ description: 'The `key` of one end: an author, the one listed earlier in `nodes` when both ends are authors.', resolve: (edge) => networkNodeKey(edge.source) }),
    target: t.id({ description: 'The `key` of the other end: an author, or a paper in a bipartite network.', resolve: (edge) => networkNodeKey(edge.target) }),
    weight: t.int({ description: 'How many papers the two authors share (collaborationCount); 1 for an authorship.', resolve: (edge) => edge.weight }),
    firstYear: t.int({ nullable: true, description: 'Year of the first dated paper behind the link.', resolve: (edge) => edge.firstYear }),
    lastYear: t.int({ nullable: true, description: 'Year of the latest dated paper behind the link.', resolve: (edge) => edge.lastYear }),
  }),
});

const NetworkRef = builder.objectRef<Network>('Network').implement({
  description: 'A flat, duplicate-free subgraph for drawing, as force-directed layouts take it: every node once, every edge once.',
  fields: (t) => ({
    nodes: t.field({
      type: [NetworkNodeRef],
      description: 'The authors, nearest to a center first; with `includePapers`, then the papers, newest first.',
      resolve: (network) => network.nodes,
    }),
    edges: t.field({
      type: [NetworkEdgeRef],
      description:
        'Every tie between two kept authors with at least `minCollaborations` shared papers, or with `includePapers` every authorship of a kept author on a paper at least two kept authors wrote.',
      resolve: (network) => network.edges,
    }),
    truncated: t.boolean({
      description: 'Whether authors within `depth` were left out to stay within `maxNodes`; `selectionRule` says which were kept.',
      resolve: (network) => network.truncated,
    }),
    selectionRule: t.string({ description: 'How the authors were chosen when not all fit.', resolve: () => NETWORK_SELECTION_RULE }),
  }),
});

function checkRange(argument: string, value: number, min: number, max: number): void {
  if (value < min || value > max) {
    const range = Number.isFinite(max) ? `between ${min} and ${max}` : `${min} or more`;
    throw apiError('BAD_USER_INPUT', `\`${argument}\` must be ${range}, got ${value}.`, { argument });
  }
}

builder.queryFields((t) => ({
  network: t.field({
    type: NetworkRef,
    nullable: true,
    description:
      'The collaboration network around one or more authors, flat for drawing: authors out to `depth` steps from the centers and the ties between them, or with `includePapers` a bipartite author–paper graph. When more than `maxNodes` authors are in reach, the nearest and most strongly tied are kept and `truncated` is true. A network that would visit more nodes than the request’s budget gives null and a BUDGET_EXCEEDED error.',
    args: {
      center: t.arg.globalIDList({ required: true, description: 'Global ids of the authors at the center (at least one).' }),
      depth: t.arg.int({ required: true, defaultValue: 1, description: `How many collaboration steps from the centers to go (0–${NETWORK_DEPTH_MAX}).` }),
      maxNodes: t.arg.int({ required: true, defaultValue: 200, description: `The most authors to return (1–${NETWORK_MAX_NODES_MAX}).` }),
      minCollaborations: t.arg.int({
        required: true,
        defaultValue: 1,
        description: 'Ties with fewer shared papers are neither followed nor drawn; raise it to see the strong core.',
      }),
      includePapers: t.arg.boolean({
        required: true,
        defaultValue: false,
        description: 'Return a bipartite graph of authors and the papers linking them instead of coauthor ties.',
      }),
      fromYear: t.arg.int({
        description: 'Only papers published in this year or later count: for the ties, their weights, and who is in reach. Papers without a year never count when a range is given.',
      }),
      toYear: t.arg.int({ description: 'Only papers published in this year or earlier count (see `fromYear`).' }),
    },
    extensions: {
      cost: {
        // Within a year range each kept author's ties are counted from their papers'
        // bylines: a walk charged, visit by visit, to the request's visit budget,
        // which stops it as it stops every graph walk, so it adds nothing here.
        call: (args) => Number(args['maxNodes']) * 10,
        listItems: (args) => Number(args['maxNodes']),
      } satisfies FieldCost,
    },
    resolve: (_root, { center, depth, maxNodes, minCollaborations, includePapers, fromYear, toYear }, context) => {
      if (center.length === 0) throw apiError('BAD_USER_INPUT', '`center` must name at least one author.', { argument: 'center' });
      checkRange('depth', depth, 0, NETWORK_DEPTH_MAX);
      checkRange('maxNodes', maxNodes, 1, NETWORK_MAX_NODES_MAX);
      checkRange('minCollaborations', minCollaborations, 1, Number.POSITIVE_INFINITY);
      if (fromYear != null && toYear != null && fromYear > toYear) {
        throw apiError('BAD_USER_INPUT', `\`fromYear\` ${fromYear} is after \`toYear\` ${toYear}: no paper is in that range.`, { argument: 'fromYear' });
      }
      const years = fromYear == null && toYear == null ? undefined : { from: fromYear ?? Number.NEGATIVE_INFINITY, to: toYear ?? Number.POSITIVE_INFINITY };
      const centers = center.map((id, i) => authorArgument(context, id, `center[${i}]`));
      const distinctCenters = new Set(centers.map((author) => author.index)).size;
      if (distinctCenters > maxNodes) {
        throw apiError('BAD_USER_INPUT', `${distinctCenters} centers do not fit in \`maxNodes\` ${maxNodes}: give fewer centers or a larger \`maxNodes\`.`, {
          argument: 'maxNodes',
        });
      }
      const { graph, budget } = context;
      return bounded(() => collaborationNetwork(graph, centers, { depth, maxNodes, minCollaborations, includePapers, years, budget }));
    },
  }),
}));
