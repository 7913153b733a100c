import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { collect } from './support/runScript.ts';
import { runServerToExit, spawnServer } from './support/runServer.ts';

const post = (url: string, query: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json());

describe('serving with several worker processes', () => {
  it('logs one start-up line naming the workers, answers queries, and drains every worker on SIGTERM', async () => {
    const child = spawnServer(['--workers', '2']);
    const output = collect(child.stdout);
    await vi.waitFor(() => expect(output()).toContain('workers\n'), { timeout: 20_000, interval: 50 });
    const url = /GraphiQL at (\S+)\/graphql/u.exec(output())![1]!;
    expect(output()).toMatch(/^coauthor-graph: 6 papers, 99 authors, 256 authorships from fixtures\/seed\.jsonl in \d+ ms; GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql; 2 workers\n$/u);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(url, '{ papers { totalCount } }')));
    expect(answers).toEqual(Array.from({ length: 6 }, () => ({ data: { papers: { totalCount: 6 } }, extensions: { cost: 1 } })));
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output().match(/coauthor-graph: stopped/gu)).toHaveLength(2);
  });

  it('stops and exits 0 on a SIGTERM that comes while the workers are still starting', async () => {
    const child = spawnServer(['--workers', '2']);
    const output = collect(child.stdout);
    // Both workers forked: each takes a second or more to load its code and listen, the window the signal falls in.
    const workers = () => execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).trim().split(/\s+/u).filter(Boolean);
    await vi.waitFor(() => expect(workers()).toHaveLength(2), { timeout: 20_000, interval: 20 });
    expect(output()).toBe('');
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output().match(/coauthor-graph: stopped/gu)).toHaveLength(2);
  });

  it('exits 1 with the data file’s error said once', async () => {
    const { code, stderr } = await runServerToExit(['--workers', '2', '--data', 'fixtures/no-such-file.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toBe('error: cannot read fixtures/no-such-file.jsonl: no such file or directory (ENOENT)\n');
  });
});
