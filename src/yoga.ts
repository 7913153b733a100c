import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { WriteTokens } from './auth/WriteTokens.ts';
import type { Curator } from './curation/Curator.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { maskUnexpectedError } from './http/maskUnexpectedError.ts';
import { useCacheableGraphiQL } from './http/useCacheableGraphiQL.ts';
import { requestLogger } from './http/requestLogger.ts';
import { corsPolicy } from './http/corsPolicy.ts';
import { useCsrfPrevention } from './http/useCsrfPrevention.ts';
import { useExplorerPage } from './http/useExplorerPage.ts';
import { useForeground } from './http/useForeground.ts';
import { useGraphVersion } from './http/useGraphVersion.ts';
import { useMediaTypeCheck } from './http/useMediaTypeCheck.ts';
import { useRequestId } from './http/useRequestId.ts';
import { useResponseCompression } from './http/useResponseCompression.ts';
import { useSchemaDisclosure } from './http/useSchemaDisclosure.ts';
import { useWriteAccess, writeAccessOf } from './http/useWriteAccess.ts';
import { DEFAULT_LIMITS, type Limits } from './limits/Limits.ts';
import { useBatchLimit } from './limits/useBatchLimit.ts';
import { useCostLimit } from './limits/useCostLimit.ts';
import { useDocumentLimits } from './limits/useDocumentLimits.ts';
import { useExecutionTimeout } from './limits/useExecutionTimeout.ts';
import { TimeSlicer } from './execution/TimeSlicer.ts';
import { useCompiledExecution } from './execution/useCompiledExecution.ts';
import { useSlicedExecution } from './execution/useSlicedExecution.ts';
import { DEFAULT_APQ_ENTRIES, type PersistedQuerySettings, usePersistedQueries } from './persisted/usePersistedQueries.ts';
import { apiError } from './schema/apiError.ts';
import { type Context, createContext } from './schema/Context.ts';
import { schema } from './schema/index.ts';

/** The query GraphiQL opens with: a nested author network, two levels deep. */
const EXAMPLE_QUERY = `# Who wrote with Ethan Perez, and what else did they write?
{
  author(name: "Ethan Perez") {
    name
    paperCount
    coauthorCount
    coauthors(first: 5) {
      totalCount
      edges {
        collaborationCount
        firstYear
        lastYear
        node {
          name
          papers(first: 3) {
            edges {
              position
              node { title year authorCount }
            }
          }
        }
      }
    }
  }
}
`;

/** The settings an operator chooses; `readConfig` reads them from flags and environment. */
export interface AppSettings {
  readonly limits: Limits;
  /** Serve GraphiQL to browsers at the GraphQL endpoint. */
  readonly graphiql: boolean;
  readonly introspection: boolean;
  /** Execute operations compiled by graphql-jit (graphql-js runs what it cannot compile). */
  readonly jit: boolean;
  /** Keep "Did you mean …?" out of errors (on when NODE_ENV=production). */
  readonly hideSuggestions: boolean;
  /** Automatic persisted queries, or an allow-list of trusted documents. */
  readonly persisted: PersistedQuerySettings;
  /** Origins (`https://host[:port]`) whose pages may send credentials and mutations; any origin may read. */
  readonly corsOrigins: readonly string[];
}

const DEFAULT_APP_SETTINGS: AppSettings = {
  limits: DEFAULT_LIMITS,
  graphiql: true,
  introspection: true,
  jit: true,
  hideSuggestions: false,
  persisted: { apqEntries: DEFAULT_APQ_ENTRIES },
  corsOrigins: [],
};

export interface YogaOptions extends Partial<AppSettings> {
  /** The snapshot to serve, undefined while it loads; called once per request, so a reload can swap it. */
  readonly graph: () => CoauthorGraph | undefined;
  /** Whether `/readyz` answers 200; by default, once the graph is loaded. */
  readonly ready?: () => boolean;
  /** Where changes go (`--store`), once the graph is loaded; without it, or without `writeTokens`, the app is read-only. */
  readonly curator?: () => Curator | undefined;
  /** Who may change the graph (`--write-tokens`). */
  readonly writeTokens?: WriteTokens | undefined;
}

/**
 * The GraphQL-over-HTTP app, not listening: `serve.ts` gives it a socket,
 * tests call `yoga.fetch` in process. Besides `/graphql` it answers
 * `/healthz` (200 while the process runs), `/readyz` (200 once the graph
 * is loaded, 503 before) and `/explore`, the explorer page.
 *
 * @example
 * const yoga = createApp({ graph: () => graph });
 * await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ authors { totalCount } }' }) });
 */
export function createApp(options: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  const { graph, ready = () => graph() !== undefined, curator = () => undefined, writeTokens } = options;
  const { limits, graphiql, introspection, jit, hideSuggestions, persisted, corsOrigins } = { ...DEFAULT_APP_SETTINGS, ...withoutUndefined(options) };
  // One for the app: the requests it serves share the event loop, and so its slices.
  const slicer = new TimeSlicer();
  return createYoga<Record<string, never>, Context>({
    schema,
    context: ({ request }) => {
      const snapshot = graph();
      if (snapshot === undefined) {
        throw apiError('NOT_READY', 'The graph is still loading; retry when GET /readyz answers 200.', { http: { status: 503 } });
      }
      const changes = curator();
      return createContext(snapshot, limits.visits, slicer, { access: writeAccessOf(request, writeTokens, changes, corsOrigins), curator: changes });
    },
    graphiql: graphiql && { title: 'coauthor-graph', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's scripts and styles served inline from the package rather than
    // from a CDN, so the IDE also works on a machine without internet access.
    renderGraphiQL,
    landingPage: false,
    cors: corsPolicy(corsOrigins),
    healthCheckEndpoint: '/healthz',
    logging: requestLogger,
    maskedErrors: { maskError: maskUnexpectedError },
    batching: limits.batch > 0 && { limit: limits.batch },
    maxRequestBodySize: limits.bodyBytes,
    // No field takes an upload, so multipart bodies have nothing to carry.
    multipart: false,
    plugins: [
      useForeground(),
      useRequestId(),
      useReadinessCheck({ endpoint: '/readyz', check: ready }),
      useExplorerPage(),
      useCsrfPrevention(),
      useWriteAccess(),
      useGraphVersion(),
      useBatchLimit(limits.batch),
      usePersistedQueries(persisted, limits.documentBytes),
      useDocumentLimits(limits),
      useSchemaDisclosure({ introspection, hideSuggestions }),
      useCostLimit(limits.cost),
      useExecutionTimeout(limits.timeoutMs),
      useSlicedExecution(),
      jit && useCompiledExecution(),
      useResponseCompression({ minBytes: 1024 }),
      useCacheableGraphiQL(),
      useMediaTypeCheck(),
    ],
  });
}

/** Options given as undefined fall back to the defaults instead of overriding them. */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
