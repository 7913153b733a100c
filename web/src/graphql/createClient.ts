import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import schema from 'virtual:schema-introspection';

// The id-less types, as the README's "Using a normalized cache" lists them:
// values inside their parent field, which the cache keeps apart by arguments.
const EMBEDDED_TYPES = [
  'AuthorAlias', 'BylineLengthCount', 'CollaborationPath', 'DegreeCount', 'GraphStats', 'IdentityMerge', 'Network',
  'NetworkAuthor', 'NetworkEdge', 'NetworkPaper', 'NoCollaborationPath', 'PathHop', 'YearCount',
];

/**
 * The page's urql client: same-origin `/graphql`, a normalized cache keyed by
 * global id, coauthor pages merged as Relay connections.
 *
 * @example const client = createClient('/graphql');
 */
export function createClient(url: string): Client {
  const keys = Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null]));
  return new Client({
    url,
    exchanges: [cacheExchange({ schema, keys, resolvers: { Author: { coauthors: relayPagination() } } }), fetchExchange],
  });
}
