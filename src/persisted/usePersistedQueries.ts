import { createHash } from 'node:crypto';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { apiError } from '../schema/apiError.ts';

/** Documents the automatic persisted query store keeps unless told otherwise: each at most --max-document-bytes, 1000 of 16 KiB bound it at 16 MB. */
export const DEFAULT_APQ_ENTRIES = 1000;

/** How the server takes operations by hash. */
export interface PersistedQuerySettings {
  /** Documents the automatic persisted query store keeps; the least recently used goes first. */
  readonly apqEntries: number;
  /** When given, the only operations served, by hash: the server then runs nothing else and stores nothing. */
  readonly trustedDocuments?: ReadonlyMap<string, string> | undefined;
}

/** Apollo's `extensions.persistedQuery`. */
interface PersistedQueryExtension {
  readonly version: 1;
  readonly sha256Hash: string;
}

/**
 * Operations sent by hash, as a plugin to put before the document limits:
 * the document a hash stands for then meets every limit, the cost estimate
 * and compiled execution as a sent one does.
 *
 * Without `trustedDocuments`, Apollo's automatic persisted queries: a hash
 * alone runs the document stored for it, or answers `PersistedQueryNotFound`
 * (status 200, code `PERSISTED_QUERY_NOT_FOUND`, as Apollo's link expects)
 * so the client sends the document with its hash, which is checked and
 * stored. The store is an LRU of `apqEntries` documents of at most
 * `documentBytes` each, so clients cannot grow it without bound.
 *
 * With `trustedDocuments`, only the listed operations run, asked for by
 * `extensions.persistedQuery.sha256Hash` or by `documentId`; a query text is refused.
 *
 * @example createYoga({ schema, plugins: [usePersistedQueries({ apqEntries: 1000 }, 16384)] })
 */
export function usePersistedQueries(settings: PersistedQuerySettings, documentBytes: number): Plugin {
  const { trustedDocuments } = settings;
  if (trustedDocuments !== undefined) return useTrustedDocuments(trustedDocuments);
  const store = new Map<string, string>();
  const remember = (hash: string, query: string) => {
    store.delete(hash);
    store.set(hash, query);
    // A Map iterates in insertion order: its first key is the least recently used.
    if (store.size > settings.apqEntries) store.delete(store.keys().next().value!);
  };
  return {
    onParams({ params, setParams }) {
      const extension = persistedQueryOf(params);
      if (extension === undefined) return;
      const { query } = params;
      if (query === undefined || query === null) {
        const stored = store.get(extension.sha256Hash);
        // Apollo's link matches this message and code to send the document with its hash.
        if (stored === undefined) throw apiError('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound', { http: { status: 200 } });
        remember(extension.sha256Hash, stored);
        setParams({ ...params, query: stored });
        return;
      }
      // A query that is not a string is left to Yoga's own check of the parameters.
      if (typeof query !== 'string') return;
      const actual = sha256(query);
      if (actual !== extension.sha256Hash) {
        throw apiError(
          'PERSISTED_QUERY_MISMATCH',
          `extensions.persistedQuery.sha256Hash is "${extension.sha256Hash}", but the query's SHA-256 (of its UTF-8 text, in hex) is "${actual}". ` +
            'Send the hash of the exact query text.',
          { http: { spec: true, status: 400 } },
        );
      }
      // A longer document is refused before it is parsed, so keeping it would only take room.
      if (Buffer.byteLength(query) <= documentBytes) remember(actual, query);
    },
  };
}

/** The id a request names a listed document by: `documentId` in the body or (for GET, which Yoga leaves out of the params) the URL, else an APQ hash. */
function listedIdOf(params: GraphQLParams, request: Request): string | null {
  return documentIdOf(params) ?? new URL(request.url).searchParams.get('documentId') ?? persistedQueryOf(params)?.sha256Hash ?? null;
}

/** Serves the listed documents only. */
function useTrustedDocuments(documents: ReadonlyMap<string, string>): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params, request) => listedIdOf(params, request),
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      notFound: ({ params, request }) =>
        apiError(
          'PERSISTED_QUERY_NOT_IN_LIST',
          `No trusted document has the id "${listedIdOf(params, request) ?? ''}"; this server runs only the operations of its --persisted-only list. ` +
            'Build the client with the list the server was started with.',
          { http: { spec: true, status: 400 } },
        ),
      keyNotFound: () => onlyListed('The request names no document'),
      persistedQueryOnly: () => onlyListed('The request sends a query text'),
    },
  });
}

const onlyListed = (what: string) =>
  apiError(
    'PERSISTED_QUERY_ONLY',
    `${what}; this server runs only the operations of its --persisted-only list. ` +
      'Send the id of a listed document as `documentId`, or as `extensions.persistedQuery.sha256Hash`, without `query`.',
    { http: { spec: true, status: 400 } },
  );

function persistedQueryOf(params: GraphQLParams): PersistedQueryExtension | undefined {
  const extension: unknown = params.extensions?.['persistedQuery'];
  if (typeof extension !== 'object' || extension === null) return undefined;
  const { version, sha256Hash } = extension as Record<string, unknown>;
  return version === 1 && typeof sha256Hash === 'string' ? { version, sha256Hash } : undefined;
}

function documentIdOf(params: GraphQLParams): string | undefined {
  const { documentId } = params as GraphQLParams & { documentId?: unknown };
  return typeof documentId === 'string' ? documentId : undefined;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
