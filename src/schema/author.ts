import { Author } from '../graph/Author.ts';
import { apiError } from './apiError.ts';
import { builder } from './builder.ts';
import { paginate } from './paginate.ts';

const AuthorAliasRef = builder.objectRef<Author['aliases'][number]>('AuthorAlias').implement({
  description: 'One spelling under which an author appears in the data.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The spelling, exactly as the source gives it.' }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers use this spelling.' }),
  }),
});

export const AuthorRef = builder.loadableNode(Author, {
  name: 'Author',
  description: 'A person who wrote at least one paper in the graph.',
  id: { resolve: (author) => author.id },
  load: async (ids: string[], { graph }) =>
    ids.map((id) => graph.authorById(id) ?? apiError('NOT_FOUND', `No author has the id "${id}" in the loaded data.`)),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The spelling most of their papers use.' }),
    aliases: t.field({
      type: [AuthorAliasRef],
      description: 'Every spelling of this author seen in the data, most used first.',
      resolve: (author) => author.aliases,
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers they are an author of.' }),
    coauthorCount: t.int({
      description: 'How many different people they share at least one paper with.',
      resolve: async (author, _args, { loaders }) => (await loaders.coauthorsOfAuthor.load(author)).length,
    }),
    firstYear: t.int({
      nullable: true,
      description: 'Year of their earliest dated paper; null when none is dated.',
      resolve: (author) => author.firstYear,
    }),
    lastYear: t.int({
      nullable: true,
      description: 'Year of their latest dated paper; null when none is dated.',
      resolve: (author) => author.lastYear,
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
      'One author, by global `id` or by `name` (any spelling seen in the data, ignoring case). Give exactly one of the two. An unknown id or name is a NOT_FOUND error; a name several people share is an AMBIGUOUS_NAME error listing them.',
    args: {
      id: t.arg.globalID({ description: 'The author’s global id.' }),
      name: t.arg.string({ description: 'A spelling of the author’s name.' }),
    },
    resolve: (_root, { id, name }, context) => {
      if ((id == null) === (name == null)) {
        throw apiError('BAD_USER_INPUT', 'Give `author` exactly one of `id` or `name`.', { argument: id == null ? 'id' : 'name' });
      }
      if (id != null) {
        if (id.typename !== 'Author') {
          throw apiError('BAD_USER_INPUT', `\`id\` is the id of a ${id.typename}, not of an Author.`, { argument: 'id' });
        }
        return AuthorRef.getDataloader(context).load(id.id);
      }
      const matches = context.graph.authorsByName(name!);
      if (matches.length === 0) {
        throw apiError('NOT_FOUND', `No author is named "${name}": try \`authors(search: "${name}")\`.`, { argument: 'name' });
      }
      if (matches.length > 1) {
        const candidates = matches.map((author) => `${author.name} (${author.paperCount} papers)`).join(', ');
        throw apiError('AMBIGUOUS_NAME', `"${name}" names ${matches.length} authors: ${candidates}. Ask for one by \`id\`.`, {
          argument: 'name',
        });
      }
      return matches[0]!;
    },
  }),
  authors: t.connection(
    {
    type: AuthorRef,
    description: 'All authors, or those any of whose spellings contains `search`.',
    args: {
      search: t.arg.string({ description: 'Part of a name; case and diacritics are ignored ("lukosiute" finds "Lukošiūtė").' }),
      orderBy: t.arg({ type: AuthorOrder, required: true, defaultValue: 'NAME', description: 'The order of the list.' }),
    },
    resolve: (_root, { search, orderBy, ...page }, { graph }) => {
      const authors = search == null ? [...graph.authors] : graph.searchAuthors(search);
      // Dense indices follow name order, so NAME needs no sort and ties break by name.
      if (orderBy === 'PAPER_COUNT') authors.sort((a, b) => b.paperCount - a.paperCount || a.index - b.index);
      return paginate(authors.map((node) => ({ node })), page, (edge) => edge.node.id);
    },
  },
  { name: 'AuthorConnection', description: 'A page of authors.' },
  { name: 'AuthorEdge', description: 'An author in a list.' },
  ),
}));
