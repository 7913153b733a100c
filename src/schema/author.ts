import { encodeGlobalID } from '@pothos/plugin-relay';
import { Author } from '../graph/store/Author.ts';
import { authorsByPaperCount } from '../graph/store/authorsByPaperCount.ts';
import { coauthorCount } from '../graph/store/coauthorAdjacency.ts';
import { apiError } from './apiError.ts';
import { builder } from './builder.ts';
import { BATCH_PER_TURN } from './createLoaders.ts';
import { type FieldCost, scanCost } from './FieldCost.ts';
import { localIdOf } from './localIdOf.ts';
import { nodeList, orderList, paginate } from './paginate.ts';

const AuthorAliasRef = builder.objectRef<Author['aliases'][number]>('AuthorAlias').implement({
  description: 'One spelling under which an author appears in the data.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The spelling, exactly as the source gives it.' }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers use this spelling.' }),
  }),
});

const IdentityRuleEnum = builder.enumType('IdentityRule', {
  description: 'The rules by which two spellings are recognised as one person.',
  values: {
    SAME_FOLDED_NAME: { value: 'same-folded-name', description: 'Equal ignoring case, accents and punctuation (Noemí / Noemi Mercado).' },
    NICKNAME: { value: 'nickname', description: 'A given name and its short form (Tim / Timothy), with support from the graph.' },
    INITIALS: { value: 'initials', description: 'Initials for given names (S. R. Bowman / Samuel R. Bowman), with support from the graph.' },
    MIDDLE_NAME: { value: 'middle-name', description: 'A middle name left out (Amanda Coles / Amanda Jane Coles), with support from the graph.' },
    SURNAME_SPELLING: { value: 'surname-spelling', description: 'A surname of 7 or more letters one edit apart, a swap of neighbours included (Lukosuite / Lukosiute), with support from the graph.' },
    OVERRIDE: { value: 'override', description: 'A curator’s decision, in the overrides file or by a mutation (the evidence says who and when).' },
    HOMONYM_SPLIT: {
      value: 'homonym-split',
      description: 'Not a join: a spelling several people sign, told apart by separate groups of papers; `joinedTo` is the spelling with this person’s homonym number, the evidence describes the groups.',
    },
  } as const,
});

const IdentityMergeRef = builder.objectRef<Author['identity'][number]>('IdentityMerge').implement({
  description: 'One step by which an author’s spellings were joined into one person.',
  fields: (t) => ({
    spelling: t.exposeString('spelling', { description: 'The spelling that was joined.' }),
    joinedTo: t.exposeString('joinedTo', { description: 'The spelling it was recognised as the same person as.' }),
    rule: t.field({ type: IdentityRuleEnum, description: 'The rule that proposed the join.', resolve: (merge) => merge.rule }),
    evidence: t.exposeString('evidence', { description: 'What in the data supports the join, in words.' }),
  }),
});

export const AuthorRef = builder.loadableNode(Author, {
  loaderOptions: BATCH_PER_TURN,
  name: 'Author',
  description: 'A person who wrote at least one paper in the graph.',
  id: { resolve: (author) => author.id },
  // An id a merge took away finds the author it was merged into.
  load: async (ids: string[], { graph, authorOf }) =>
    ids.map((id) => authorOf(graph, id) ?? apiError('NOT_FOUND', `No author has the id "${id}" in the loaded data.`)),
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The name a curator gave them when merging (`mergeAuthors(input: { name })`), else the spelling most of their papers use, without a homonym number.',
    }),
    disambiguator: t.exposeString('disambiguator', {
      nullable: true,
      description: 'The number the source uses to tell this person from others of the same name (dblp’s `0001`); null when none.',
    }),
    identity: t.field({
      type: [IdentityMergeRef],
      description: 'How this author’s spellings were recognised as one person, with the rule and evidence for each join; empty for a single spelling.',
      resolve: (author) => author.identity,
    }),
    aliases: t.field({
      type: [AuthorAliasRef],
      description: 'Every spelling of this author seen in the data, most used first.',
      resolve: (author) => author.aliases,
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers they are an author of.' }),
    coauthorCount: t.int({
      description: 'How many different people they share at least one paper with.',
      // A difference of two offsets of the snapshot's adjacency: no list is built.
      resolve: (author, _args, { graph }) => coauthorCount(graph, author),
    }),
    firstYear: t.exposeInt('firstYear', {
      nullable: true,
      description: 'Year of their earliest dated paper; null when none is dated.',
    }),
    lastYear: t.exposeInt('lastYear', {
      nullable: true,
      description: 'Year of their latest dated paper; null when none is dated.',
    }),
  }),
});

const AuthorOrder = builder.enumType('AuthorOrder', {
  description: 'Orders of a list of authors.',
  values: {
    NAME: { description: 'Alphabetically by name, ignoring case and diacritics.' },
    PAPER_COUNT: { description: 'Most papers first, then by name.' },
  } as const,
});

builder.queryFields((t) => ({
  author: t.field({
    type: AuthorRef,
    nullable: true,
    description:
      'One author, by global `id` or by `name` (any spelling seen in the data, also ignoring case, accents and punctuation). Give exactly one of the two. An unknown id or name is a NOT_FOUND error; a name several people share is an AMBIGUOUS_NAME error listing them (or use `authorsByName`).',
    args: {
      id: t.arg.globalID({ description: 'The author’s global id.' }),
      name: t.arg.string({ description: 'A spelling of the author’s name.' }),
    },
    resolve: (_root, { id, name }, context) => {
      if ((id == null) === (name == null)) {
        throw apiError('BAD_USER_INPUT', 'Give `author` exactly one of `id` or `name`.', { argument: id == null ? 'id' : 'name' });
      }
      if (id != null) return AuthorRef.getDataloader(context).load(localIdOf(id, 'Author', 'id'));
      const matches = context.graph.authorsByName(name!);
      if (matches.length === 0) {
        throw apiError('NOT_FOUND', `No author is named "${name}": try \`authors(search: "${name}")\`.`, { argument: 'name' });
      }
      if (matches.length > 1) {
        const candidates = matches.map((author) => `${describe(author)} (${author.paperCount} papers)`).join(', ');
        throw apiError('AMBIGUOUS_NAME', `"${name}" names ${matches.length} authors: ${candidates}. Ask for one by \`id\`, or list them with \`authorsByName\`.`, {
          argument: 'name',
          candidates: matches.map((author) => ({ id: encodeGlobalID('Author', author.id), name: describe(author) })),
        });
      }
      return matches[0]!;
    },
  }),
  authorsByName: t.field({
    type: [AuthorRef],
    description: 'Every author a name can denote: those who used this spelling, else those whose spellings match it ignoring case, accents and punctuation; in name order. Empty when none.',
    args: { name: t.arg.string({ required: true, description: 'A spelling of the name.' }) },
    resolve: (_root, { name }, { graph }) => graph.authorsByName(name),
  }),
  authors: t.connection(
    {
      type: AuthorRef,
      description: 'All authors, or those any of whose spellings contains `search`.',
      args: {
        search: t.arg.string({
          description:
            'A fragment of a name, matched anywhere in any spelling, ignoring case and diacritics ("lukosiute" and "osiute" find "Lukošiūtė"). `search(query:)` instead matches the beginnings of words, across authors and papers, ranked.',
        }),
        orderBy: t.arg({ type: AuthorOrder, required: true, defaultValue: 'NAME', description: 'The order of the list.' }),
      },
      // A search scans every author's spellings; the lists are views of the snapshot, scanned for a cursor.
      extensions: {
        cost: {
          call: ({ search }, bounds) => 1 + (search == null ? 0 : scanCost(bounds.authors)),
          cursorScan: ({ search }, bounds) => (search == null ? 0 : scanCost(bounds.authors)),
        } satisfies FieldCost,
      },
      resolve: (_root, { search, orderBy, ...page }, { graph }) => {
        if (search == null) {
          const order = orderBy === 'PAPER_COUNT' ? authorsByPaperCount(graph) : undefined;
          return paginate(orderList(order, graph.authorCount, (index) => graph.author(index), (id) => graph.authorById(id)), page);
        }
        const authors = graph.searchAuthors(search);
        // Dense indices follow name order, so NAME needs no sort and ties break by name.
        if (orderBy === 'PAPER_COUNT') authors.sort((a, b) => b.paperCount - a.paperCount || a.index - b.index);
        return paginate(nodeList(authors), page);
      },
    },
    { name: 'AuthorConnection', description: 'A page of authors.' },
    { name: 'AuthorEdge', description: 'An author in a list.' },
  ),
}));

/** A name as people tell it apart: with its homonym number when it has one. */
function describe(author: Author): string {
  return author.disambiguator === null ? author.name : `${author.name} [${author.disambiguator}]`;
}
