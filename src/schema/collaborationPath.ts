import type { Author } from '../graph/store/Author.ts';
import { collaborationPath, type PathHop, type PathResult } from '../graph/algorithms/collaborationPath.ts';
import { apiError } from './apiError.ts';
import { AuthorRef } from './author.ts';
import { authorArgument } from './authorArgument.ts';
import { bounded } from './bounded.ts';
import { builder } from './builder.ts';
import type { Context } from './Context.ts';
import type { FieldCost } from './FieldCost.ts';
import { nodeList, paginate } from './paginate.ts';
import { PaperRef } from './paper.ts';

type FoundPath = Extract<PathResult, { found: true }>;
type NoPath = Extract<PathResult, { found: false }>;

const MAX_LENGTH_DEFAULT = 6;

const PathHopRef = builder.objectRef<PathHop>('PathHop').implement({
  description: 'One step of a collaboration path: two coauthors and the papers they share.',
  fields: (t) => ({
    from: t.field({ type: AuthorRef, description: 'The author this step starts from.', resolve: (hop) => hop.from }),
    to: t.field({ type: AuthorRef, description: 'The author this step reaches.', resolve: (hop) => hop.to }),
    collaborationCount: t.int({ description: 'How many papers the two share.', resolve: (hop) => hop.papers.length }),
    papers: t.connection(
      {
        type: PaperRef,
        description: 'The papers that make the two coauthors (the witnesses of this step), newest first.',
        resolve: (hop, page) => paginate(nodeList(hop.papers), page),
      },
      { name: 'PathHopPapersConnection', description: 'A page of the papers behind one step of a path.' },
      { name: 'PathHopPapersEdge', description: 'A paper both authors of a step wrote.' },
    ),
  }),
});

const CollaborationPathRef = builder.objectRef<FoundPath>('CollaborationPath').implement({
  description:
    'A shortest chain of coauthors between two authors. Of several equally short chains it is the one whose authors come first alphabetically, step by step, so the answer is the same on every run.',
  isTypeOf: (value) => (value as PathResult).found,
  fields: (t) => ({
    length: t.int({ description: 'How many collaboration steps the path takes; 0 from an author to themself.', resolve: (path) => path.hops.length }),
    authors: t.field({
      type: [AuthorRef],
      description: 'The authors along the path, from the first to the last, both included.',
      resolve: (path) => path.authors,
    }),
    hops: t.field({ type: [PathHopRef], description: 'The steps of the path in order, each with its papers.', resolve: (path) => path.hops }),
  }),
});

const NoPathReason = builder.enumType('NoPathReason', {
  description: 'Why no collaboration path came back.',
  values: {
    NOT_CONNECTED: { description: 'No chain of coauthors of any length joins the two: they are in different components.' },
    LONGER_THAN_MAX_LENGTH: { description: 'No chain within `maxLength` steps joins the two; a longer one may. Raise `maxLength` to look further.' },
  } as const,
});

const NoCollaborationPathRef = builder.objectRef<NoPath>('NoCollaborationPath').implement({
  description: 'The answer when two authors are not joined by a chain of coauthors within the length asked for.',
  isTypeOf: (value) => !(value as PathResult).found,
  fields: (t) => ({
    reason: t.field({ type: NoPathReason, description: 'Why there is no path.', resolve: (result) => result.reason }),
    maxLength: t.int({ description: 'The `maxLength` the search was given.', resolve: (result) => result.maxLength }),
  }),
});

const CollaborationPathResult = builder.unionType('CollaborationPathResult', {
  description: 'A collaboration path, or the reason there is none (not an error).',
  types: [CollaborationPathRef, NoCollaborationPathRef],
  // Named here rather than left to each member's isTypeOf: compiled execution
  // (graphql-jit) resolves abstract types only through resolveType.
  resolveType: (result) => (result.found ? 'CollaborationPath' : 'NoCollaborationPath'),
});

/** Declared for the cost estimate: a search of a few thousand nodes, a path of maxLength + 1 authors. */
const pathCost: FieldCost = { call: 1000, listItems: (args) => Number(args['maxLength']) + 1 };

const maxLengthDescription = `The most collaboration steps to look through (default ${MAX_LENGTH_DEFAULT}).`;

function findPath(context: Context, from: Author, to: Author, maxLength: number): PathResult {
  if (maxLength < 0) throw apiError('BAD_USER_INPUT', `\`maxLength\` must be 0 or more, got ${maxLength}.`, { argument: 'maxLength' });
  return bounded(() => collaborationPath(context.graph, from, to, { maxLength, budget: context.budget }));
}

builder.queryFields((t) => ({
  collaborationPath: t.field({
    type: CollaborationPathResult,
    nullable: true,
    description:
      'How two authors are connected: a shortest chain of coauthors from `from` to `to`, with the papers behind each step, found by bidirectional breadth-first search. When none exists within `maxLength` steps the answer is a NoCollaborationPath saying why. A search that would visit more nodes than the request’s budget gives null and a BUDGET_EXCEEDED error.',
    args: {
      from: t.arg.globalID({ required: true, description: 'The global id of the author the path starts from.' }),
      to: t.arg.globalID({ required: true, description: 'The global id of the author the path leads to.' }),
      maxLength: t.arg.int({ required: true, defaultValue: MAX_LENGTH_DEFAULT, description: maxLengthDescription }),
    },
    extensions: { cost: pathCost },
    resolve: (_root, { from, to, maxLength }, context) =>
      findPath(context, authorArgument(context, from, 'from'), authorArgument(context, to, 'to'), maxLength),
  }),
}));

builder.objectFields(AuthorRef, (t) => ({
  pathTo: t.field({
    type: CollaborationPathResult,
    nullable: true,
    description: 'A shortest chain of coauthors from this author to `to`; see `Query.collaborationPath`.',
    args: {
      to: t.arg.globalID({ required: true, description: 'The global id of the author the path leads to.' }),
      maxLength: t.arg.int({ required: true, defaultValue: MAX_LENGTH_DEFAULT, description: maxLengthDescription }),
    },
    extensions: { cost: pathCost },
    resolve: (author, { to, maxLength }, context) => findPath(context, author, authorArgument(context, to, 'to'), maxLength),
  }),
}));
