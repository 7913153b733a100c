import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { ConfigError, readConfig } from '../src/readConfig.ts';

const config = (argv: string[], env: NodeJS.ProcessEnv = {}) => readConfig(argv, env)!;

describe('the serving and limit settings', () => {
  it('default to the documented values', () => {
    const { limits, graphiql, introspection, hideSuggestions, shutdownGraceMs } = config([]);
    expect(limits).toEqual({
      depth: 12,
      aliases: 15,
      tokens: 1000,
      directives: 50,
      documentBytes: 16_384,
      bodyBytes: 65_536,
      batch: 0,
      timeoutMs: 10_000,
      cost: 50_000,
      visits: DEFAULT_LIMITS.visits,
    });
    expect([graphiql, introspection, hideSuggestions, shutdownGraceMs]).toEqual([true, true, false, 10_000]);
  });

  it('bound connections to 1024 and the arrival of a request to 30 s unless told otherwise', () => {
    const { maxConnections, requestTimeoutMs } = config([]);
    expect([maxConnections, requestTimeoutMs]).toEqual([1024, 30_000]);
    const given = config(['--max-connections', '2'], { MAX_CONNECTIONS: '8', REQUEST_TIMEOUT_MS: '1000' });
    expect([given.maxConnections, given.requestTimeoutMs]).toEqual([2, 1000]);
  });

  it('read every limit from a flag or a variable, the flag winning', () => {
    const { limits } = config(['--max-depth', '8', '--max-cost', '1000', '--max-batch', '3'], { MAX_DEPTH: '20', MAX_ALIASES: '4', TIMEOUT_MS: '' });
    expect(limits).toEqual({ ...DEFAULT_LIMITS, depth: 8, cost: 1000, batch: 3, aliases: 4 });
  });

  it('switch GraphiQL and introspection off, and hide suggestions in production', () => {
    const { graphiql, introspection, hideSuggestions } = config(['--graphiql', 'off'], { INTROSPECTION: 'false', NODE_ENV: 'production' });
    expect([graphiql, introspection, hideSuggestions]).toEqual([false, false, true]);
  });

  it('refuse a limit that is not a whole number in range, naming where it came from', () => {
    expect(() => config(['--max-depth', '0'])).toThrow(new ConfigError('--max-depth must be a whole number of at least 1, got "0"'));
    expect(() => config([], { MAX_COST: '5e4' })).toThrow(new ConfigError('MAX_COST must be a whole number of at least 1, got "5e4"'));
    expect(() => config([], { GRAPHIQL: 'yes' })).toThrow(new ConfigError('GRAPHIQL must be "on" or "off", got "yes"'));
  });

  it('merge author names by default, and read the identity switch and overrides file', () => {
    expect([config([]).identity, config([]).identityOverrides]).toEqual(['merge', undefined]);
    const { identity, identityOverrides } = config(['--identity', 'exact'], { IDENTITY: 'merge', IDENTITY_OVERRIDES: 'curated.json' });
    expect([identity, identityOverrides]).toEqual(['exact', 'curated.json']);
    expect(() => config([], { IDENTITY: 'fuzzy' })).toThrow(new ConfigError('IDENTITY must be "merge" or "exact", got "fuzzy"'));
  });

  it('take port, host and data from flags before variables, empty variables counting as unset', () => {
    const { port, host, data } = config(['--port', '8080'], { PORT: '9090', HOST: '0.0.0.0', DATA: '' });
    expect([port, host, data]).toEqual([8080, '0.0.0.0', ['fixtures/seed.jsonl']]);
  });

  it('take several data files from a repeated --data, one from DATA', () => {
    expect(config(['--data', 'a.bib', '--data', 'b.bib'], { DATA: 'c.jsonl' }).data).toEqual(['a.bib', 'b.bib']);
    expect(config([], { DATA: 'c.jsonl' }).data).toEqual(['c.jsonl']);
  });
});
