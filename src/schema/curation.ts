import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Applied, Curator } from '../curation/Curator.ts';
import { holderOf } from '../curation/holderOf.ts';
import { MAX_PAPERS_PER_CALL, planAddPapers } from '../curation/planAddPapers.ts';
import { planMerge } from '../curation/planMerge.ts';
import { planPaperChange } from '../curation/planPaperChange.ts';
import { planSplit } from '../curation/planSplit.ts';
import type { UserError } from '../curation/UserError.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { Change } from '../journal/Change.ts';
import type { Author } from '../graph/store/Author.ts';
import { paperLocalId } from '../graph/store/paperLocalId.ts';
import type { Paper } from '../graph/store/Paper.ts';
import { apiError } from './apiError.ts';
import { AuthorRef } from './author.ts';
import { builder } from './builder.ts';
import { type Context, moveContextTo } from './Context.ts';
import { PaperRef } from './paper.ts';

builder.mutationType({
  description:
    'Changes to the graph: merging and splitting authors, adding, updating and removing papers. Each needs `Authorization: Bearer TOKEN` with a token listed in ' +
    'the server’s `--write-tokens` file; a server started without `--write-tokens` and `--store` is read-only and refuses every mutation with `READ_ONLY`. ' +
    'A change is in the journal before its answer is sent, and the next request reads the graph it made.',
});

const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'Why a mutation changed nothing: which input to fix and how.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'A path into the input: `ids[1]`, `spellings[0]`, `papers[2].published`.' }),
    message: t.exposeString('message', { description: 'What was wrong, in words.' }),
    code: t.exposeString('code', {
      description:
        'NOT_FOUND, TOO_FEW_AUTHORS, INVALID_NAME, SAME_PAPER (two authors of one paper are two people), NOT_A_SPELLING, ALL_SPELLINGS, INVALID_PAPER, ' +
        'DUPLICATE_PAPER, TOO_MANY_PAPERS, HOMONYM_SPLIT (a change naming a spelling identity split into several people, which would regroup them), ' +
        'or CONFLICT (the graph moved past `expectedVersion`).',
    }),
  }),
});

const EXPECTED_VERSION = { description: 'Refuse with CONFLICT unless the graph is at this version (`extensions.graphVersion` of the read the change was decided on).' };

const MergeAuthorsInput = builder.inputType('MergeAuthorsInput', {
  description: 'Which authors are one person.',
  fields: (t) => ({
    ids: t.globalIDList({ required: true, description: 'The authors who are one person; the first is the one the others join, and keeps its id.' }),
    name: t.string({
      description:
        'The name to show the merged person by (`Author.name`), which need not be a spelling of the data; when left out, the name a merged author was given before, else the spelling most of their papers use. Not blank, no control characters, no surrounding spaces.',
    }),
    expectedVersion: t.int(EXPECTED_VERSION),
  }),
});

const SplitAuthorInput = builder.inputType('SplitAuthorInput', {
  description: 'Which spellings of an author are another person.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The author to split.' }),
    spellings: t.stringList({ required: true, description: 'Spellings of theirs (as `aliases` gives them) that are another person.' }),
    expectedVersion: t.int(EXPECTED_VERSION),
  }),
});

const PaperInput = builder.inputType('PaperInput', {
  description: 'A paper as a JSON Lines record gives it, checked as the importer checks one.',
  fields: (t) => ({
    id: t.string({ description: 'The source’s own id; derived from the content when absent.' }),
    title: t.string({ description: 'The title.' }),
    abstract: t.string({ description: 'The abstract, or an excerpt of it.' }),
    published: t.string({ description: 'A calendar date, YYYY-MM-DD.' }),
    year: t.int({ description: 'Must match the year of `published` when both are given.' }),
    codeImplementations: t.int({ description: 'How many code implementations the paper has (0 or more).' }),
    venue: t.string({ description: 'Where it was published.' }),
    url: t.string({ description: 'Where to read it.' }),
    authors: t.stringList({ required: true, description: 'The byline in order, each name once.' }),
  }),
});

const AddPapersInput = builder.inputType('AddPapersInput', {
  description: 'Papers to add to the graph.',
  fields: (t) => ({
    papers: t.field({ type: [PaperInput], required: true, description: `From 1 to ${MAX_PAPERS_PER_CALL} papers; one defect adds none.` }),
    expectedVersion: t.int(EXPECTED_VERSION),
  }),
});

const UpdatePaperInput = builder.inputType('UpdatePaperInput', {
  description: 'A paper and its new content.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The paper to update; it keeps this id.' }),
    paper: t.field({ type: PaperInput, required: true, description: 'The whole new record (fields left out are cleared); its `id` is ignored.' }),
    expectedVersion: t.int(EXPECTED_VERSION),
  }),
});

const RemovePaperInput = builder.inputType('RemovePaperInput', {
  description: 'A paper to remove.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The paper to remove.' }),
    expectedVersion: t.int(EXPECTED_VERSION),
  }),
});

interface Payload {
  readonly graphVersion: number;
  readonly userErrors: readonly UserError[];
}

const MutationPayloadRef = builder.interfaceRef<Payload>('MutationPayload').implement({
  description: 'What every mutation answers.',
  fields: (t) => ({
    graphVersion: t.exposeInt('graphVersion', { description: 'The graph’s version after the mutation; unchanged when it was refused.' }),
    userErrors: t.field({ type: [UserErrorRef], description: 'Why nothing changed; empty when the change was made.', resolve: (payload) => payload.userErrors }),
  }),
});

const MergeAuthorsPayload = builder.objectRef<Payload & { readonly author: Author | null }>('MergeAuthorsPayload').implement({
  description: 'The author a merge made, or why it was refused.',
  interfaces: [MutationPayloadRef],
  fields: (t) => ({ author: t.field({ type: AuthorRef, nullable: true, description: 'The merged author; null when refused.', resolve: (payload) => payload.author }) }),
});

const SplitAuthorPayload = builder.objectRef<Payload & { readonly authors: readonly Author[] | null }>('SplitAuthorPayload').implement({
  description: 'The two authors a split made, or why it was refused.',
  interfaces: [MutationPayloadRef],
  fields: (t) => ({
    authors: t.field({
      type: [AuthorRef],
      nullable: true,
      description: 'The author who kept the other spellings, then the one split off; null when refused.',
      resolve: (payload) => payload.authors,
    }),
  }),
});

const AddPapersPayload = builder.objectRef<Payload & { readonly papers: readonly Paper[] | null }>('AddPapersPayload').implement({
  description: 'The papers added, or why none were.',
  interfaces: [MutationPayloadRef],
  fields: (t) => ({
    papers: t.field({ type: [PaperRef], nullable: true, description: 'The papers added, in the order sent; null when refused.', resolve: (payload) => payload.papers }),
  }),
});

const UpdatePaperPayload = builder.objectRef<Payload & { readonly paper: Paper | null }>('UpdatePaperPayload').implement({
  description: 'The paper as updated, or why it was not.',
  interfaces: [MutationPayloadRef],
  fields: (t) => ({ paper: t.field({ type: PaperRef, nullable: true, description: 'The paper with its new content; null when refused.', resolve: (payload) => payload.paper }) }),
});

const RemovePaperPayload = builder.objectRef<Payload & { readonly removedId: string | null }>('RemovePaperPayload').implement({
  description: 'The id of the paper removed, or why it was not.',
  interfaces: [MutationPayloadRef],
  fields: (t) => ({
    removedId: t.field({ type: 'ID', nullable: true, description: 'The global id the paper had; null when refused.', resolve: (payload) => payload.removedId }),
  }),
});

builder.mutationFields((t) => ({
  mergeAuthors: t.field({
    type: MergeAuthorsPayload,
    description: 'Makes one person of several authors. Their old ids keep resolving, to the merged author; `identity` records the merge, by whom and when.',
    args: { input: t.arg({ type: MergeAuthorsInput, required: true, description: 'The authors to merge.' }) },
    resolve: (_root, { input }, context) => {
      const ids = input.ids.map((id) => (id.typename === 'Author' ? id.id : undefined));
      return applyChange(context, input, (graph, curator) => planMerge(graph, ids, (id) => curator.authorOf(graph, id), input.name ?? undefined), { author: null }, ({ change, graph }) => ({
        author: (change.kind === 'mergeAuthors' ? holderOf(graph, change.authors[0]!.spellings[0]!) : undefined) ?? null,
      }));
    },
  }),
  splitAuthor: t.field({
    type: SplitAuthorPayload,
    description: 'Makes some spellings of an author another person, and keeps the identity rules from joining them again.',
    args: { input: t.arg({ type: SplitAuthorInput, required: true, description: 'The author and the spellings to split off.' }) },
    resolve: (_root, { input }, context) => {
      const id = input.id.typename === 'Author' ? input.id.id : undefined;
      return applyChange<{ authors: Author[] | null }>(context, input, (graph, curator) => planSplit(graph, id === undefined ? undefined : curator.authorOf(graph, id), input.spellings), { authors: null }, ({ change, graph }) => {
        const spellings = change.kind === 'splitAuthor' ? [change.remaining[0]!, change.spellings[0]!] : [];
        return { authors: spellings.map((spelling) => holderOf(graph, spelling)).filter((author) => author !== undefined) };
      });
    },
  }),
  addPapers: t.field({
    type: AddPapersPayload,
    description: `Adds up to ${MAX_PAPERS_PER_CALL} papers, checked as the importers check them; a defect in one adds none.`,
    args: { input: t.arg({ type: AddPapersInput, required: true, description: 'The papers to add.' }) },
    resolve: (_root, { input }, context) => {
      const papers = input.papers.map((paper) => Object.fromEntries(Object.entries(paper).filter(([, value]) => value != null)));
      return applyChange<{ papers: Paper[] | null }>(context, input, (graph) => planAddPapers(graph, papers), { papers: null }, ({ change, graph }) => ({
        papers: (change.kind === 'addPapers' ? change.papers : []).map((record) => graph.paperById(paperLocalId(record))!),
      }));
    },
  }),
  updatePaper: t.field({
    type: UpdatePaperPayload,
    description: 'Replaces the content of a paper, checked as the importers check it; the paper keeps its id.',
    args: { input: t.arg({ type: UpdatePaperInput, required: true, description: 'The paper and its new content.' }) },
    resolve: (_root, { input }, context) => {
      const id = input.id.typename === 'Paper' ? input.id.id : undefined;
      const record = Object.fromEntries(Object.entries(input.paper).filter(([, value]) => value != null));
      return applyChange(context, input, (graph) => planPaperChange(graph, id, record), { paper: null }, ({ change, graph }) => ({
        paper: (change.kind === 'updatePaper' ? graph.paperById(change.id) : undefined) ?? null,
      }));
    },
  }),
  removePaper: t.field({
    type: RemovePaperPayload,
    description: 'Removes a paper; its authors keep their other papers, and an author left with none is gone.',
    args: { input: t.arg({ type: RemovePaperInput, required: true, description: 'The paper to remove.' }) },
    resolve: (_root, { input }, context) => {
      const id = input.id.typename === 'Paper' ? input.id.id : undefined;
      return applyChange(context, input, (graph) => planPaperChange(graph, id, undefined), { removedId: null }, ({ change }) => ({
        removedId: change.kind === 'removePaper' ? encodeGlobalID('Paper', change.id) : null,
      }));
    },
  }),
}));

/**
 * Applies the change `plan` makes as the request's writer, at the version
 * `input` expects if it names one: a refusal's payload, its userErrors with
 * `none` for what it would have changed, or, once the request reads the
 * graph the change made, the payload with what `made` reports of it.
 */
async function applyChange<Changed extends object>(
  context: Context,
  input: { readonly expectedVersion?: number | null | undefined },
  plan: (graph: CoauthorGraph, curator: Curator) => Change | UserError[],
  none: Changed,
  made: (outcome: Applied) => Changed,
): Promise<Payload & Changed> {
  const { curator, writer } = writeAccess(context);
  const outcome = await curator.apply((graph) => plan(graph, curator), writer, input.expectedVersion ?? undefined);
  if (Array.isArray(outcome)) return { ...refused(curator, outcome), ...none };
  moveContextTo(context, outcome.graph, outcome.version);
  return { graphVersion: outcome.version, userErrors: [], ...made(outcome) };
}

/** The curator and the writer's name; `useWriteAccess` refuses a mutation before it gets here without them. */
function writeAccess({ access }: Context): { curator: Curator; writer: string } {
  if (access.kind !== 'writer') throw apiError('FORBIDDEN', 'This request may not change the graph.');
  return { curator: access.curator, writer: access.name };
}

function refused(curator: Curator, userErrors: readonly UserError[]): Payload {
  return { graphVersion: curator.versionOf(curator.graph), userErrors };
}
