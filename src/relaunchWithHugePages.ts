import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { isSnapshotFile } from './graph/store/snapshot/isSnapshotFile.ts';

// glibc's setting for malloc to ask the kernel for transparent huge pages (2 MB) for the memory it maps.
const TUNABLE = 'glibc.malloc.hugetlb';
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

/**
 * `env` with glibc's malloc set to ask for huge pages, or null where that
 * would change nothing: glibc older than 2.35 (which has no such setting) or
 * none, a kernel that gives huge pages to all memory already or to none, or an
 * environment that sets the tunable itself (`GLIBC_TUNABLES=glibc.malloc.hugetlb=0`
 * keeps them off).
 *
 * @example withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, { glibc: '2.36', transparentHugePages: 'always [madvise] never' }) // { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1' }
 */
export function withHugePages(env: NodeJS.ProcessEnv, system: MemorySystem = memorySystem()): NodeJS.ProcessEnv | null {
  const [major = 0, minor = 0] = (system.glibc ?? '').split('.').map(Number);
  const tunables = env['GLIBC_TUNABLES'] ?? '';
  if (major < 2 || (major === 2 && minor < 35)) return null;
  if (!(system.transparentHugePages ?? '').includes('[madvise]')) return null;
  if (tunables.split(':').some((setting) => setting.split('=')[0] === TUNABLE)) return null;
  return { ...env, GLIBC_TUNABLES: tunables === '' ? `${TUNABLE}=1` : `${tunables}:${TUNABLE}=1` };
}

/**
 * The environment for a command that reads a snapshot (one of `args`, or
 * `DATA`, names a snapshot file) or keeps a journal of changes (`--store`,
 * `STORE`), with huge pages (see `withHugePages`); null for any other
 * command, or where they cannot be had.
 *
 * Why these: both write much memory the process has not touched before (a
 * snapshot's bytes; each change's renumbered arrays), and the kernel gives a
 * page its memory when it is first written. Where that is slow (a virtual
 * machine whose host backs each page as it is touched: 0.3 GB/s on the
 * machine of `bench/README.md`), one fault per 2 MB rather than per 4 KB
 * reads the 1M snapshot in 1.7–2.0 s rather than 3.8–4.7 s, and a change to
 * the 1M graph is served after about 1 s rather than 2. A build from data
 * files gained no time from them and held 50–100 MB more at its peak.
 *
 * @example await hugePagesEnvironment(['serve', '--data', 'graph.snapshot'], process.env) // { …process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' }
 */
export async function hugePagesEnvironment(args: readonly string[], env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv | null> {
  if (args.includes('--store') || (env['STORE'] ?? '') !== '') return withHugePages(env);
  const named = [...args, env['DATA'] ?? ''].filter((arg) => arg !== '' && !arg.startsWith('-'));
  for (const file of named) if (await isSnapshotFile(file)) return withHugePages(env);
  return null;
}

/**
 * Runs this process's command again with huge pages for malloc'd memory,
 * when it reads a snapshot or keeps a journal (see `hugePagesEnvironment`),
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
