import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../src/loadGraph.ts';
import { writeSnapshot } from '../src/graph/store/snapshot/writeSnapshot.ts';
import { hugePagesEnvironment, withHugePages } from '../src/relaunchWithHugePages.ts';
import { startListening } from './support/runServer.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const SEED = 'fixtures/seed.jsonl';
const scratch = scratchFolder('huge-pages');
let snapshot = '';
beforeAll(async () => {
  snapshot = scratch('seed.snapshot', '');
  await writeSnapshot(await loadGraph([SEED], undefined, { identity: 'merge' }), snapshot);
});

const OFFERED = { glibc: '2.36', transparentHugePages: 'always [madvise] never\n' };

describe('withHugePages', () => {
  it('adds the tunable to an environment without any', () => {
    expect(withHugePages({ PATH: '/bin' }, OFFERED)).toEqual({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
  });

  it('keeps the tunables an environment sets, and adds its own after them', () => {
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, OFFERED)).toEqual({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1' });
  });

  it('leaves an environment that decides huge pages itself as it is', () => {
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }, OFFERED)).toBeNull();
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1' }, OFFERED)).toBeNull();
  });

  it('changes nothing where huge pages cannot be asked for, or are given anyway', () => {
    expect(withHugePages({}, { glibc: '2.31', transparentHugePages: OFFERED.transparentHugePages })).toBeNull();
    expect(withHugePages({}, { glibc: undefined, transparentHugePages: OFFERED.transparentHugePages })).toBeNull();
    expect(withHugePages({}, { glibc: '2.36', transparentHugePages: undefined })).toBeNull();
    expect(withHugePages({}, { glibc: '2.36', transparentHugePages: 'always madvise [never]\n' })).toBeNull();
    expect(withHugePages({}, { glibc: '2.36', transparentHugePages: '[always] madvise never\n' })).toBeNull();
    expect(withHugePages({}, { glibc: '3.0', transparentHugePages: OFFERED.transparentHugePages })).not.toBeNull();
  });
});

describe('hugePagesEnvironment', () => {
  const tunable = withHugePages({}) === null ? undefined : 'glibc.malloc.hugetlb=1';

  it('gives huge pages, where the machine has them, to a command that names a snapshot file', async () => {
    expect((await hugePagesEnvironment(['serve', '--data', snapshot], {}))?.['GLIBC_TUNABLES']).toBe(tunable);
    expect((await hugePagesEnvironment(['stats'], { DATA: snapshot }))?.['GLIBC_TUNABLES']).toBe(tunable);
  });

  it('gives them to a command that keeps a journal of changes', async () => {
    expect((await hugePagesEnvironment(['--data', SEED, '--store', 'journal.db'], {}))?.['GLIBC_TUNABLES']).toBe(tunable);
    expect((await hugePagesEnvironment(['--data', SEED], { STORE: 'journal.db' }))?.['GLIBC_TUNABLES']).toBe(tunable);
  });

  it('leaves a command on data files, on no file, or on a path that is not a regular file as it is', async () => {
    expect(await hugePagesEnvironment(['serve', '--data', SEED], { STORE: '' })).toBeNull();
    expect(await hugePagesEnvironment(['serve', '--data', SEED], {})).toBeNull();
    expect(await hugePagesEnvironment(['stats', '--data', 'no/such.snapshot'], {})).toBeNull();
    expect(await hugePagesEnvironment(['serve', '--port', '0'], { DATA: '' })).toBeNull();
    expect(await hugePagesEnvironment(['import', '/dev/null'], {})).toBeNull();
  });
});

/** The processes `pid` started, from the kernel's list of its main thread's children. */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

/** Whether `pid` still runs: neither gone nor a zombie its new parent has yet to reap. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe.runIf(process.platform === 'linux')('the server on this machine', () => {
  const relaunches = withHugePages(process.env) !== null;

  it.runIf(relaunches)('serves a snapshot from a run of its own with huge pages, which ends when its launcher is killed outright', async () => {
    const { url, child } = await startListening(['--data', snapshot]);
    const [run] = childrenOf(child.pid!);
    expect(run).toBeDefined();
    const environment = readFileSync(`/proc/${run}/environ`, 'utf8').split('\0');
    expect(environment).toContain('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    child.kill('SIGKILL');
    const deadline = Date.now() + 10_000;
    while (isRunning(run!) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isRunning(run!)).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('serves data files from its own process', async () => {
    const { url, child } = await startListening(['--data', SEED]);
    try {
      expect(childrenOf(child.pid!)).toEqual([]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
