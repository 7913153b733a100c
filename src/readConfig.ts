import { parseArgs } from 'node:util';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** The data file to serve: `.jsonl` or a paper listing `.txt`. */
  readonly data: string;
}

export const DEFAULT_DATA = 'fixtures/seed.jsonl';

export const USAGE = `Usage: npm start -- [--data FILE] [--port N] [--host ADDR]

Serves a co-authorship graph over GraphQL at http://HOST:PORT/graphql.

  --data FILE   papers to load: JSON Lines (.jsonl) or a paper listing (.txt)
                (env DATA; default ${DEFAULT_DATA})
  --port N      TCP port (env PORT; default 4000)
  --host ADDR   interface to bind (env HOST; default localhost)
  --help        print this text`;

/** Thrown for a flag or variable the server cannot use; the message says which and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The server's settings: flags win over environment variables, which win
 * over defaults. Returns null when `--help` was asked for.
 *
 * @example readConfig(['--port', '8080'], {}) // { port: 8080, host: 'localhost', data: 'fixtures/seed.jsonl' }
 */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return null;
  // An empty variable counts as unset, as shells and service managers treat it.
  const { PORT, HOST, DATA } = Object.fromEntries(
    ['PORT', 'HOST', 'DATA'].map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  return {
    port: parsePort(values.port ?? PORT ?? '4000', values.port === undefined && PORT !== undefined ? 'PORT' : '--port'),
    host: values.host ?? HOST ?? 'localhost',
    data: values.data ?? DATA ?? DEFAULT_DATA,
  };
}

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/u.test(text) || port > 65535) {
    throw new ConfigError(`${source} must be a whole number from 0 to 65535, got "${text}"`);
  }
  return port;
}
