import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';

// glibc's setting for malloc to ask the kernel for transparent huge pages (2 MB) for the memory it maps.
const TUNABLE = 'glibc.malloc.hugetlb';
// glibc's size from which an allocation is a mapping of its own, given back when freed. Left to itself it
// rises (up to 32 MB) as mappings are freed, and arrays under it then come from heaps where, in 2 MB pages,
// what is freed stays resident: 50-100 MB more at the 1M load's peak. Fixed, it rises no more. At its
// starting value, 128 KB, every array from there to 1 MB was a mapping of its own too, whose pages the system
// gave anew and faulted in one by one (4 KB each: a mapping under 2 MB gets no huge page); at 1 MB they come
// from the heaps, whose memory is used again: on the 1M load a tenth fewer page faults and 0.5-1.8 s less
// system time (1 December 2026, seven loads each in turns), the same peak.
const MMAP_THRESHOLD = 'glibc.malloc.mmap_threshold';
const MMAP_THRESHOLD_BYTES = 1024 * 1024;
// A journal's changes free and make arrays of the same sizes again and again, so they are served from the
// heaps from the start (32 MB is glibc's largest threshold: every array of a change to the 1M graph but the
// adjacency's, which has memory of its own), and what they free is never trimmed off the heaps' top: kept,
// it serves the next change without a page fault (see `readyHeapMemory`).
const KEPT_MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024;
const TRIM_THRESHOLD = 'glibc.malloc.trim_threshold';
const NEVER_TRIMMED_BYTES = 2 ** 40;
// Data files (or a snapshot) of this size or more in all make a large load, as they make a JSON Lines file
// read on two threads: smaller ones, the seed's or a test's, gain less than a second process costs.
const LARGE_LOAD_BYTES = 64 * 1024 * 1024;
// Set by the launcher for the run it starts, so that the run knows it has one.
const RELAUNCHED = 'COAUTHOR_GRAPH_RELAUNCHED';
// The signals the launcher passes on: the run has a process group of its own, so a terminal's reach only the launcher.
const PASSED_ON = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What decides whether huge pages can be had: the C library's version and the kernel's setting. */
export interface MemorySystem {
  /** glibc's version ("2.36"), undefined for another C library. */
  readonly glibc: string | undefined;
  /** The kernel's `transparent_hugepage/enabled` ("always [madvise] never"), undefined when it has none. */
  readonly transparentHugePages: string | undefined;
}

/** What glibc does with memory a program frees: maps an allocation of 1 MB or more on its own and gives it back (a load's, used once), or keeps it (a journal's changes, which make the same arrays again). */
export type FreedMemory = 'given back' | 'kept';

/**
 * `env` with glibc's malloc set to ask for huge pages and to give freed
 * memory back or keep it (see `FreedMemory`; a threshold the environment
 * sets is left be), or null where that would change nothing: glibc older
 * than 2.35 (which has no such setting) or none, a kernel that gives huge
 * pages to all memory already or to none, or an environment that sets the
 * tunable itself (`GLIBC_TUNABLES=glibc.malloc.hugetlb=0` keeps them off).
 *
 * @example withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'given back', { glibc: '2.36', transparentHugePages: 'always [madvise] never' }) // { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=1048576' }
 */
export function withHugePages(env: NodeJS.ProcessEnv, freed: FreedMemory, system: MemorySystem = memorySystem()): NodeJS.ProcessEnv | null {
  const [major = 0, minor = 0] = (system.glibc ?? '').split('.').map(Number);
  const tunables = env['GLIBC_TUNABLES'] ?? '';
  if (major < 2 || (major === 2 && minor < 35)) return null;
  if (!(system.transparentHugePages ?? '').includes('[madvise]')) return null;
  const named = new Set(tunables.split(':').map((setting) => setting.split('=')[0]));
  if (named.has(TUNABLE)) return null;
  const thresholds =
    freed === 'given back'
      ? { [MMAP_THRESHOLD]: MMAP_THRESHOLD_BYTES }
      : { [MMAP_THRESHOLD]: KEPT_MMAP_THRESHOLD_BYTES, [TRIM_THRESHOLD]: NEVER_TRIMMED_BYTES };
  const added = [`${TUNABLE}=1`, ...Object.entries(thresholds).flatMap(([name, bytes]) => (named.has(name) ? [] : [`${name}=${bytes}`]))];
  return { ...env, GLIBC_TUNABLES: [...(tunables === '' ? [] : [tunables]), ...added].join(':') };
}

/** Whether `env` has glibc keep the memory a program frees (see `FreedMemory`). */
export function keepsFreedMemory(env: NodeJS.ProcessEnv): boolean {
  return (env['GLIBC_TUNABLES'] ?? '').split(':').some((setting) => setting.startsWith(`${TRIM_THRESHOLD}=`));
}

/**
 * The environment for a command that loads much (data files or a snapshot
 * of 64 MiB or more in all, named in `args` or `DATA`) or keeps a journal of
 * changes (`--store`, `STORE`), with huge pages (see `withHugePages`: what
 * a load frees given back, what a journal's changes free kept); null for
 * any other command, or where they cannot be had.
 *
 * Why: such a command writes much memory it has not touched before, and the
 * kernel gives a page its memory when it is first written. Where that is
 * slow (a virtual machine whose host backs each page as it is touched:
 * 0.3 GB/s on the machine of `bench/README.md`), one fault per 2 MB rather
 * than per 4 KB reads the 1M snapshot in 1.7-2.1 s rather than 3.8-4.7 s,
 * builds the 7M set from JSON Lines in 169 s rather than 197 s, and serves a
 * change to the 1M graph after about 1 s rather than 2.
 *
 * @example await hugePagesEnvironment(['serve', '--data', 'papers-1m.jsonl'], process.env) // { …process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=1048576' }
 */
export async function hugePagesEnvironment(args: readonly string[], env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv | null> {
  if (args.includes('--store') || (env['STORE'] ?? '') !== '') return withHugePages(env, 'kept');
  let bytes = 0;
  for (const arg of [...args, env['DATA'] ?? '']) {
    if (arg === '' || arg.startsWith('-')) continue;
    const file = await stat(arg).catch(() => undefined);
    if (file?.isFile() === true) bytes += file.size;
  }
  return bytes >= LARGE_LOAD_BYTES ? withHugePages(env, 'given back') : null;
}

/**
 * Runs this process's command again with huge pages for malloc'd memory,
 * when it loads much or keeps a journal (see `hugePagesEnvironment`),
 * and exits as that run exits, never resolving; resolves at once otherwise.
 * glibc reads the setting only when a process starts, so the process that
 * has not got it starts one that has.
 */
export async function relaunchWithHugePages(): Promise<void> {
  if (process.env[RELAUNCHED] === '1') {
    delete process.env[RELAUNCHED];
    // The launcher killed outright (SIGKILL) leaves this run no one to report to: it ends as outright, rather than serving on unseen.
    process.channel?.unref();
    process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
    return;
  }
  const env = await hugePagesEnvironment(process.argv.slice(2), process.env);
  if (env === null) return;
  const run = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...env, [RELAUNCHED]: '1' },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  const passOn = (signal: NodeJS.Signals) => run.kill(signal);
  for (const signal of PASSED_ON) process.on(signal, passOn);
  const [code, signal] = (await once(run, 'exit')) as [number | null, NodeJS.Signals | null];
  for (const passed of PASSED_ON) process.off(passed, passOn);
  if (signal !== null) process.kill(process.pid, signal);
  process.exit(code ?? 1);
}

function memorySystem(): MemorySystem {
  const { header } = process.report.getReport() as { header: { glibcVersionRuntime?: string } };
  let transparentHugePages: string | undefined;
  try {
    transparentHugePages = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    transparentHugePages = undefined;
  }
  return { glibc: header.glibcVersionRuntime, transparentHugePages };
}
