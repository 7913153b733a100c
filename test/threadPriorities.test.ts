import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Each in a process of its own: what it lowers stays lowered for the process's life.
const HELPERS = `
const { lowerHelperThreads } = await import('./src/lowerHelperThreads.ts');
const { readdirSync } = await import('node:fs');
const { getPriority } = await import('node:os');
const { Worker } = await import('node:worker_threads');
const lowered = lowerHelperThreads();
const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
await new Promise((resolve) => worker.once('online', resolve));
const others = readdirSync('/proc/self/task').map(Number).filter((thread) => thread !== process.pid).sort((a, b) => a - b);
console.log(JSON.stringify({ lowered, main: getPriority(process.pid), others: others.map((thread) => getPriority(thread)) }));
await worker.terminate();
`;

/** What `script` prints, run as a module in a process of its own. */
function runChild<T>(script: string): T {
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })) as T;
}

describe('thread priorities', () => {
  it.skipIf(process.platform !== 'linux')('lowers the five threads Node starts first (its scheduler and V8 pool of four) and no other: not the main thread, not a worker started later', () => {
    const { lowered, main, others } = runChild<{ lowered: number; main: number; others: number[] }>(HELPERS);
    expect(lowered).toBe(5);
    expect(others.slice(0, 5)).toEqual(Array(5).fill(19));
    // The rest, the worker's thread among them (the last started), keep the main thread's priority.
    expect(others.length).toBeGreaterThan(5);
    expect(new Set(others.slice(5))).toEqual(new Set([main]));
  });

  it.skipIf(process.platform !== 'linux')('lowers the calling thread to nice 19, the lowest, from any priority', () => {
    const script = (nice: number) => `
      const { lowerThread } = await import('./src/lowerThread.ts');
      const { getPriority, setPriority } = await import('node:os');
      setPriority(Math.max(getPriority(), ${nice}));
      console.log(JSON.stringify([lowerThread(), getPriority()]));`;
    expect(runChild(script(0))).toEqual([true, 19]);
    expect(runChild(script(15))).toEqual([true, 19]);
  });
});
