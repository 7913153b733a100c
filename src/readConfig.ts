import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_AUTHORS_PER_PAPER } from './graph/store/DEFAULT_MAX_AUTHORS_PER_PAPER.ts';
import { DEFAULT_LIMITS, type Limits } from './limits/Limits.ts';
import { type IdentitySettings, parseIdentityMode } from './createIdentityResolver.ts';
import { type ConnectionSettings, DEFAULT_CONNECTION_SETTINGS } from './http/createHttpServer.ts';
import { readTrustedDocuments } from './persisted/readTrustedDocuments.ts';
import { DEFAULT_APQ_ENTRIES } from './persisted/usePersistedQueries.ts';
import type { AppSettings } from './yoga.ts';
import { WriteTokens } from './auth/WriteTokens.ts';

export interface Config extends AppSettings, IdentitySettings, ConnectionSettings {
  readonly port: number;
  readonly host: string;
  /** The data files to serve together, in any formats of `paperFormats`. */
  readonly data: readonly string[];
  /** The data file's format name; detected from its name and first bytes when absent. */
  readonly format?: string | undefined;
  /** How long a shutdown waits for requests in flight before it cuts their connections. */
  readonly shutdownGraceMs: number;
  /** Processes that serve requests, each holding the graph; 1 serves from the main process alone. */
  readonly workers: number;
  /** Papers with more authors are kept but join no coauthor pairs. */
  readonly maxAuthorsPerPaper: number;
  /** The journal (SQLite) changes are kept in and replayed from; none: the graph is the data files alone. */
  readonly store?: string | undefined;
  /** Who may send mutations; none: the server is read-only. */
  readonly writeTokens?: WriteTokens | undefined;
}

/** A whole-number setting, as a flag and as an environment variable. */
interface NumberOption {
  readonly flag: string;
  readonly env: string;
  readonly min: number;
  readonly meaning: string;
}

const LIMIT_OPTIONS: Readonly<Record<keyof Limits, NumberOption>> = {
  depth: { flag: 'max-depth', env: 'MAX_DEPTH', min: 1, meaning: 'deepest nesting of fields' },
  aliases: { flag: 'max-aliases', env: 'MAX_ALIASES', min: 0, meaning: 'aliases in one operation' },
  tokens: { flag: 'max-tokens', env: 'MAX_TOKENS', min: 1, meaning: 'tokens in one query document' },
  directives: { flag: 'max-directives', env: 'MAX_DIRECTIVES', min: 0, meaning: 'directives in one operation' },
  documentBytes: { flag: 'max-document-bytes', env: 'MAX_DOCUMENT_BYTES', min: 1, meaning: 'bytes of query text' },
  bodyBytes: { flag: 'max-body-bytes', env: 'MAX_BODY_BYTES', min: 1, meaning: 'bytes of a request body (413 above)' },
  batch: { flag: 'max-batch', env: 'MAX_BATCH', min: 0, meaning: 'operations in one batched request; 0: off' },
  timeoutMs: { flag: 'timeout-ms', env: 'TIMEOUT_MS', min: 1, meaning: 'execution time of one operation' },
  cost: { flag: 'max-cost', env: 'MAX_COST', min: 1, meaning: 'estimated cost of one operation' },
  visits: { flag: 'max-visits', env: 'MAX_VISITS', min: 1, meaning: 'graph node visits of one request' },
};

const GRACE_OPTION: NumberOption = { flag: 'shutdown-grace-ms', env: 'SHUTDOWN_GRACE_MS', min: 0, meaning: 'wait for requests in flight on SIGTERM' };
const DEFAULT_GRACE_MS = 10_000;

// One process per core: a request runs on one thread, so a second core
// serves only through a second process.
const WORKERS_OPTION: NumberOption = { flag: 'workers', env: 'WORKERS', min: 1, meaning: 'processes serving requests' };
const DEFAULT_WORKERS = availableParallelism();

const APQ_OPTION: NumberOption = { flag: 'apq-entries', env: 'APQ_ENTRIES', min: 1, meaning: 'documents kept for hashed queries' };

const BYLINE_OPTION: NumberOption = { flag: 'max-authors-per-paper', env: 'MAX_AUTHORS_PER_PAPER', min: 2, meaning: 'longer bylines pair no coauthors' };


const CONNECTION_OPTIONS: Readonly<Record<keyof ConnectionSettings, NumberOption>> = {
  maxConnections: { flag: 'max-connections', env: 'MAX_CONNECTIONS', min: 1, meaning: 'open connections at once' },
  requestTimeoutMs: { flag: 'request-timeout-ms', env: 'REQUEST_TIMEOUT_MS', min: 1, meaning: 'time to send a whole request (408 after)' },
};

const SWITCHES = { graphiql: 'GRAPHIQL', introspection: 'INTROSPECTION', jit: 'JIT' } as const;

const numberUsage = (option: NumberOption, fallback: number) =>
  `  --${`${option.flag} N`.padEnd(22)}${option.meaning} (env ${option.env}; default ${fallback})`;

const DEFAULT_DATA = 'fixtures/seed.jsonl';

export const USAGE = `Usage: coauthor-graph serve [--data FILE…] [--format NAME] [--port N] [--host ADDR]
   or: npm start -- [the same options]

Serves a co-authorship graph over GraphQL at http://HOST:PORT/graphql.

  --data FILE   papers to load, in any format import reads; repeat it to
                load several files as one graph (BibTeX files read together
                as one database)
                (env DATA; default ${DEFAULT_DATA})
  --format NAME the format of FILE (listing, jsonl, arxiv, snap, …);
                detected from its name and first bytes when not given
  --port N      TCP port (env PORT; default 4000)
  --host ADDR   interface to bind (env HOST; default localhost)
  --help        print this text

Author identity (see the README):
  --identity merge|exact     merge spellings of one person, or keep every
                             spelling apart (env IDENTITY; default merge)
  --identity-overrides FILE  curated same/distinct groups (JSON) applied over
                             the rules (env IDENTITY_OVERRIDES)

Changes through the API (see the README):
  --store FILE         keep accepted changes in FILE (SQLite, created when
                       absent) and replay them on start (env STORE); serves
                       from one process, so --workers defaults to 1
  --write-tokens FILE  who may send mutations: lines "NAME SHA256-HEX-OF-TOKEN"
                       (env WRITE_TOKENS; needs --store); without it the
                       server is read-only
  --cors-origin URL    an origin (https://host[:port]) whose pages may send
                       mutations and credentials; repeat it for several
                       (env CORS_ORIGIN, comma-separated; default: none,
                       so mutations only from the server's own origin,
                       reads from any origin without credentials)

Operation:
  --graphiql on|off       serve GraphiQL to browsers (env GRAPHIQL; default on)
  --introspection on|off  answer introspection queries (env INTROSPECTION; default on)
  --jit on|off            execute operations compiled by graphql-jit, or by
                          graphql-js alone, for comparison (env JIT; default on)
  --persisted-only FILE   run only the operations listed in FILE (JSON: id →
                          query, as persisted-documents.json), sent by id
                          (env PERSISTED_ONLY; default off: any query, and
                          automatic persisted queries)
${numberUsage(APQ_OPTION, DEFAULT_APQ_ENTRIES)}
${numberUsage(WORKERS_OPTION, DEFAULT_WORKERS)} (the number of cores here)
${numberUsage(BYLINE_OPTION, DEFAULT_MAX_AUTHORS_PER_PAPER)}
${numberUsage(GRACE_OPTION, DEFAULT_GRACE_MS)}
${numberUsage(CONNECTION_OPTIONS.maxConnections, DEFAULT_CONNECTION_SETTINGS.maxConnections)}
${numberUsage(CONNECTION_OPTIONS.requestTimeoutMs, DEFAULT_CONNECTION_SETTINGS.requestTimeoutMs)}

Limits per request (see the README for why these defaults):
${Object.entries(LIMIT_OPTIONS)
  .map(([key, option]) => numberUsage(option, DEFAULT_LIMITS[key as keyof Limits]))
  .join('\n')}

NODE_ENV=production hides "Did you mean …?" suggestions from errors.`;

/** Thrown for a flag or variable the server cannot use; the message says which and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The server's settings: flags win over environment variables, which win
 * over defaults. Returns null when `--help` was asked for.
 *
 * @example readConfig(['--port', '8080'], {}) // { port: 8080, host: 'localhost', data: ['fixtures/seed.jsonl'], limits: DEFAULT_LIMITS, … }
 */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string', multiple: true },
        format: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean' },
        graphiql: { type: 'string' },
        introspection: { type: 'string' },
        identity: { type: 'string' },
        'identity-overrides': { type: 'string' },
        jit: { type: 'string' },
        'persisted-only': { type: 'string' },
        store: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'write-tokens': { type: 'string' },
        [APQ_OPTION.flag]: { type: 'string' },
        [GRACE_OPTION.flag]: { type: 'string' },
        [WORKERS_OPTION.flag]: { type: 'string' },
        [BYLINE_OPTION.flag]: { type: 'string' },
        ...Object.fromEntries([...Object.values(CONNECTION_OPTIONS), ...Object.values(LIMIT_OPTIONS)].map(({ flag }) => [flag, { type: 'string' as const }])),
      },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return null;
  // An empty variable counts as unset, as shells and service managers treat it.
  const given = (flag: string, name: string): [string, string] | undefined => {
    const fromFlag = values[flag];
    if (typeof fromFlag === 'string') return [fromFlag, `--${flag}`];
    const fromEnv = env[name];
    return fromEnv === undefined || fromEnv === '' ? undefined : [fromEnv, name];
  };
  const number = (option: NumberOption, fallback: number): number => {
    const value = given(option.flag, option.env);
    return value === undefined ? fallback : parseWhole(value[0], value[1], option.min);
  };
  const onOff = (flag: keyof typeof SWITCHES): boolean => {
    const value = given(flag, SWITCHES[flag]);
    return value === undefined ? true : parseOnOff(value[0], value[1]);
  };
  const limits = Object.fromEntries(
    Object.entries(LIMIT_OPTIONS).map(([key, option]) => [key, number(option, DEFAULT_LIMITS[key as keyof Limits])]),
  ) as unknown as Limits;
  const [portText, portSource] = given('port', 'PORT') ?? ['4000', '--port'];
  const identityMode = given('identity', 'IDENTITY');
  const store = given('store', 'STORE')?.[0];
  const tokens = given('write-tokens', 'WRITE_TOKENS');
  if (tokens !== undefined && store === undefined) throw new ConfigError(`${tokens[1]} needs --store FILE (env STORE): a change must be kept before it is acknowledged`);
  const workers = number(WORKERS_OPTION, store === undefined ? DEFAULT_WORKERS : 1);
  if (store !== undefined && workers > 1) {
    throw new ConfigError(`--store serves from one process: each worker would hold its own graph and miss the others' changes; drop --workers ${workers} (a journal shared by replicas is not there yet)`);
  }
  return {
    port: parseWhole(portText, portSource, 0, 65535),
    host: given('host', 'HOST')?.[0] ?? 'localhost',
    data: values.data ?? [given('data', 'DATA')?.[0] ?? DEFAULT_DATA],
    format: values.format,
    identity: parseIdentity(identityMode),
    identityOverrides: given('identity-overrides', 'IDENTITY_OVERRIDES')?.[0],
    limits,
    graphiql: onOff('graphiql'),
    introspection: onOff('introspection'),
    jit: onOff('jit'),
    hideSuggestions: env['NODE_ENV'] === 'production',
    persisted: { apqEntries: number(APQ_OPTION, DEFAULT_APQ_ENTRIES), trustedDocuments: readTrusted(given('persisted-only', 'PERSISTED_ONLY')) },
    shutdownGraceMs: number(GRACE_OPTION, DEFAULT_GRACE_MS),
    workers,
    store,
    corsOrigins: readCorsOrigins(values['cors-origin'] ?? given('cors-origin', 'CORS_ORIGIN')?.[0].split(',') ?? []),
    writeTokens: readWriteTokens(tokens),
    maxAuthorsPerPaper: number(BYLINE_OPTION, DEFAULT_MAX_AUTHORS_PER_PAPER),
    maxConnections: number(CONNECTION_OPTIONS.maxConnections, DEFAULT_CONNECTION_SETTINGS.maxConnections),
    requestTimeoutMs: number(CONNECTION_OPTIONS.requestTimeoutMs, DEFAULT_CONNECTION_SETTINGS.requestTimeoutMs),
  };
}

// The check is shared with the CLI; the server reports it as a setting error.
function parseIdentity(value: [string, string] | undefined): IdentitySettings['identity'] {
  try {
    return parseIdentityMode(value?.[0], value?.[1] ?? '--identity');
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function readTrusted(value: [string, string] | undefined): ReadonlyMap<string, string> | undefined {
  if (value === undefined) return undefined;
  try {
    return readTrustedDocuments(value[0]);
  } catch (error) {
    throw new ConfigError(`${value[1]}: ${(error as Error).message}`);
  }
}

function readCorsOrigins(origins: readonly string[]): string[] {
  return origins.map((text) => {
    const origin = text.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin) {
      throw new ConfigError(`--cors-origin must be an origin such as https://lab.example.org or http://localhost:5173 (scheme, host, port; no path or trailing slash), got "${origin}"`);
    }
    return origin;
  });
}

function readWriteTokens(value: [string, string] | undefined): WriteTokens | undefined {
  if (value === undefined) return undefined;
  try {
    return WriteTokens.read(value[0]);
  } catch (error) {
    throw new ConfigError(`${value[1]}: ${(error as Error).message}`);
  }
}

function parseWhole(text: string, source: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/u.test(text) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new ConfigError(`${source} must be a whole number ${range}, got "${text}"`);
  }
  return value;
}

function parseOnOff(text: string, source: string): boolean {
  if (text === 'on' || text === 'true') return true;
  if (text === 'off' || text === 'false') return false;
  throw new ConfigError(`${source} must be "on" or "off", got "${text}"`);
}
