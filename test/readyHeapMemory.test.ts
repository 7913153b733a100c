import { describe, expect, it } from 'vitest';
import { readyHeapMemory } from '../src/graph/store/readyHeapMemory.ts';
import { runScript } from './support/runScript.ts';

// glibc set to keep what is freed, as the launcher sets it for a server with a journal, without the
// huge pages: each 4 KB page brought in is then a page fault of its own.
const KEEPING = 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1099511627776';
const { header } = process.report.getReport() as { header: { glibcVersionRuntime?: string } };

describe('memory made ready in the heap', () => {
  it('lets the event loop turn between its pieces', async () => {
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    // Three pieces of 16 MB and a byte.
    await readyHeapMemory(3 * 2 ** 24 + 1);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux' && header.glibcVersionRuntime !== undefined)('serves arrays made later without bringing their pages in again, where glibc keeps what is freed', async () => {
    // The page faults of making three arrays of 16 MB (12,288 pages), with 64 MB made ready before or not.
    const faultsOfArrays = async (ready: boolean): Promise<number> => {
      const { stdout, stderr } = await runScript('test/support/pageFaultsOfArrays.ts', ready ? ['--ready'] : [], { ...process.env, GLIBC_TUNABLES: KEEPING });
      expect(stderr).toBe('');
      return Number(stdout);
    };
    const [fresh, ready] = [await faultsOfArrays(false), await faultsOfArrays(true)];
    // Fresh, most of the pages are brought in (some may come from memory the heap held already); made ready, next to none.
    expect(fresh).toBeGreaterThan(4_096);
    expect(ready).toBeLessThan(fresh / 10);
  });
});
