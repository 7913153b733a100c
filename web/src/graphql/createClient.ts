import { Client, fetchExchange } from '@urql/core';
import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { IntrospectionQuery } from 'graphql';
import hashes from 'virtual:persisted-documents';
import schema from 'virtual:schema-introspection';
import { persistedFetch } from './persistedFetch.ts';

/**
 * The schema's object types without an `id` (the root types aside), keyed to
 * null: values inside their parent field, which the cache keeps apart by
 * arguments, as the README's "Using a normalized cache" says. Read from the
 * schema, so a type added to it needs no entry here.
 */
function embeddedTypes(introspection: IntrospectionQuery): KeyingConfig {
  const { queryType, mutationType, subscriptionType, types } = introspection.__schema;
  const roots = new Set([queryType?.name, mutationType?.name, subscriptionType?.name]);
  const embedded = types.filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__') && !roots.has(type.name) && !type.fields.some((field) => field.name === 'id'));
  return Object.fromEntries(embedded.map((type) => [type.name, () => null]));
}

/**
 * The page's urql client: same-origin `/graphql`, a normalized cache keyed by
 * global id, coauthor pages merged as Relay connections, each query sent by
 * its hash (see `persistedFetch`). With `normalized: false`, no cache at all:
 * each query is sent as written (no `__typename` added) and its answer handed
 * over as parsed, for the large answers only one view reads (the queries of
 * `uncachedQueries.ts`).
 *
 * @example const client = createClient('/graphql');
 */
export function createClient(url: string, { normalized = true }: { normalized?: boolean } = {}): Client {
  const cache = cacheExchange({ schema, keys: embeddedTypes(schema), resolvers: { Author: { coauthors: relayPagination() } } });
  return new Client({
    url,
    // POST always: persistedFetch swaps the text for the hash in the body (urql would send short queries by GET).
    preferGetMethod: false,
    fetch: persistedFetch(hashes),
    exchanges: normalized ? [cache, fetchExchange] : [fetchExchange],
  });
}
