import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import { apiError } from './apiError.ts';
import type { Context } from './Context.ts';
import type { FieldCost } from './FieldCost.ts';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './paginate.ts';

/** The types whose ids `node(id:)` resolves; the only typenames a global id may carry. */
const NODE_TYPENAMES: ReadonlySet<string> = new Set(['Author', 'Paper']);

/** The one schema builder: plugins and context type, no types of its own. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item at the end of the edge.' },
    cursorFieldOptions: { description: 'Opaque position of this edge; pass it as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    firstArgOptions: {
      description: `Return the first n items (0–${PAGE_SIZE_MAX}). Defaults to ${PAGE_SIZE_DEFAULT} when neither \`first\` nor \`last\` is given.`,
    },
    lastArgOptions: { description: `Return the last n items (0–${PAGE_SIZE_MAX}).` },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    nodeQueryOptions: {
      description: 'Fetch any author or paper by its global id. An unknown id is a NOT_FOUND error.',
      args: { id: { description: 'A global id from the `id` field of an Author or Paper.' } },
    },
    nodesQueryOptions: {
      description: 'Fetch several authors or papers by global id, in the order given; an unknown id gives null at its place and a NOT_FOUND error.',
      args: { ids: { description: 'Global ids from the `id` fields of Authors or Papers.' } },
      // One node per id asked for, however many that is: the cost estimate must see it.
      extensions: { cost: { items: ({ ids }) => (Array.isArray(ids) ? ids.length : 0) } satisfies FieldCost },
    },
    nodeTypeOptions: { description: 'An object with a global id that `node(id:)` can refetch.' },
    pageInfoTypeOptions: { description: 'Relay page information.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of this page; null when the page is empty.' },
    idFieldOptions: { description: 'Opaque global id, stable across restarts and reloads of the same data.' },
    decodeGlobalID: (globalID) => {
      const notIssued = () =>
        apiError('BAD_USER_INPUT', `"${globalID}" is not an id issued by this server; ids come from the \`id\` field of an Author or Paper.`);
      let decoded: { typename: string; id: string };
      try {
        decoded = decodeGlobalID(globalID);
      } catch {
        throw notIssued();
      }
      // Pothos looks the typename up among all of the schema's types (and an
      // object's prototype: `__proto__`, `constructor`), so anything but a
      // node type is refused here, before it can name a scalar or a root type.
      if (!NODE_TYPENAMES.has(decoded.typename)) throw notIssued();
      return decoded;
    },
  },
});

builder.queryType({ description: 'Questions about who wrote with whom.' });

builder.globalConnectionField('totalCount', (t) =>
  t.exposeInt('totalCount', { description: 'How many items the whole list holds, across all pages.' }),
);
