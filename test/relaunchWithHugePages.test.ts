import { readFileSync, truncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hugePagesEnvironment, keepsFreedMemory, withHugePages } from '../src/relaunchWithHugePages.ts';
import { startListening } from './support/runServer.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const SEED = 'fixtures/seed.jsonl';
const scratch = scratchFolder('huge-pages');
// Files as long as a large load's, and one byte short, with no content (sparse): only their size is read.
const [large, short] = [2 ** 26, 2 ** 26 - 1].map((bytes) => {
  const path = scratch(`${bytes}.jsonl`, '');
  truncateSync(path, bytes);
  return path;
});
const TUNABLES = 'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=1048576';
const KEPT = 'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1099511627776';

const OFFERED = { glibc: '2.36', transparentHugePages: 'always [madvise] never\n' };

describe('withHugePages', () => {
  it('adds the tunables to an environment without any', () => {
    expect(withHugePages({ PATH: '/bin' }, 'given back', OFFERED)).toEqual({ PATH: '/bin', GLIBC_TUNABLES: TUNABLES });
  });

  it('has glibc keep what is freed when asked to: arrays up to 32 MB from its heaps, their top never trimmed', () => {
    expect(withHugePages({}, 'kept', OFFERED)).toEqual({ GLIBC_TUNABLES: KEPT });
    expect(keepsFreedMemory({ GLIBC_TUNABLES: KEPT })).toBe(true);
    expect(keepsFreedMemory({ GLIBC_TUNABLES: TUNABLES })).toBe(false);
    expect(keepsFreedMemory({})).toBe(false);
  });

  it('keeps the tunables an environment sets, and adds its own after them, a threshold it sets included', () => {
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'given back', OFFERED)).toEqual({ GLIBC_TUNABLES: `glibc.malloc.arena_max=2:${TUNABLES}` });
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536' }, 'given back', OFFERED)).toEqual({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536:glibc.malloc.hugetlb=1' });
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=0' }, 'kept', OFFERED)).toEqual({
      GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=0:glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432',
    });
  });

  it('leaves an environment that decides huge pages itself as it is', () => {
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }, 'given back', OFFERED)).toBeNull();
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1' }, 'given back', OFFERED)).toBeNull();
  });

  it('changes nothing where huge pages cannot be asked for, or are given anyway', () => {
    expect(withHugePages({}, 'given back', { glibc: '2.31', transparentHugePages: OFFERED.transparentHugePages })).toBeNull();
    expect(withHugePages({}, 'given back', { glibc: undefined, transparentHugePages: OFFERED.transparentHugePages })).toBeNull();
    expect(withHugePages({}, 'given back', { glibc: '2.36', transparentHugePages: undefined })).toBeNull();
    expect(withHugePages({}, 'given back', { glibc: '2.36', transparentHugePages: 'always madvise [never]\n' })).toBeNull();
    expect(withHugePages({}, 'given back', { glibc: '2.36', transparentHugePages: '[always] madvise never\n' })).toBeNull();
    expect(withHugePages({}, 'given back', { glibc: '3.0', transparentHugePages: OFFERED.transparentHugePages })).not.toBeNull();
  });
});

describe('hugePagesEnvironment', () => {
  const [tunables, journalTunables] = withHugePages({}, 'given back') === null ? [] : [TUNABLES, KEPT];

  it('gives huge pages, where the machine has them, to a command that loads 64 MiB or more in all', async () => {
    expect((await hugePagesEnvironment(['serve', '--data', large!], {}))?.['GLIBC_TUNABLES']).toBe(tunables);
    expect((await hugePagesEnvironment(['stats'], { DATA: large! }))?.['GLIBC_TUNABLES']).toBe(tunables);
    expect((await hugePagesEnvironment(['stats', '--data', short!, '--data', SEED], {}))?.['GLIBC_TUNABLES']).toBe(tunables);
  });

  it('gives them to a command that keeps a journal of changes, its freed memory kept for the next change', async () => {
    expect((await hugePagesEnvironment(['--data', SEED, '--store', 'journal.db'], {}))?.['GLIBC_TUNABLES']).toBe(journalTunables);
    expect((await hugePagesEnvironment(['--data', large!], { STORE: 'journal.db' }))?.['GLIBC_TUNABLES']).toBe(journalTunables);
  });

  it('leaves a smaller load, no file, or a path that is not a regular file as it is', async () => {
    expect(await hugePagesEnvironment(['serve', '--data', short!], { STORE: '' })).toBeNull();
    expect(await hugePagesEnvironment(['stats', '--data', 'no/such.jsonl'], {})).toBeNull();
    expect(await hugePagesEnvironment(['serve', '--port', '0'], { DATA: '' })).toBeNull();
    expect(await hugePagesEnvironment(['import', '/dev/zero'], {})).toBeNull();
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
  const relaunches = withHugePages(process.env, 'kept') !== null;

  it.runIf(relaunches)('keeps its journal from a run of its own with huge pages, which ends when its launcher is killed outright', async () => {
    const { url, child } = await startListening(['--data', SEED, '--store', scratch('journal.db', '')]);
    const [run] = childrenOf(child.pid!);
    try {
      expect(run).toBeDefined();
      const environment = readFileSync(`/proc/${run}/environ`, 'utf8').split('\0');
      // The settings as the run started with them, which glibc cuts to the first as it reads them (all three are applied).
      expect(environment).toContain('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } catch (error) {
      // A failed check leaves no server behind: the run is killed with its launcher.
      child.kill('SIGKILL');
      if (run !== undefined) process.kill(run, 'SIGKILL');
      throw error;
    }

    child.kill('SIGKILL');
    const deadline = Date.now() + 10_000;
    while (isRunning(run!) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isRunning(run!)).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('serves a small load from its own process', async () => {
    const { url, child } = await startListening(['--data', SEED]);
    try {
      expect(childrenOf(child.pid!)).toEqual([]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
