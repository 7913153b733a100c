// A preload (`--import`) that logs what held a server's event loop: every
// gap of over 8 ms in a 1 ms timer on the main thread, with what the
// thread did meanwhile (from /proc/thread-self: time on its core, time
// waiting for one, minor page faults, user and system time), and every
// garbage collection (`PerformanceObserver`), written as JSON to the file
// STALL_LOG names when the process exits. Linux only. JavaScript, as a
// preload given before tsx's own runs untransformed. `bench/stallSummary.ts`
// reads it.
// Usage: STALL_LOG=/tmp/stalls.json NODE_FLAGS="--import ./bench/stallLog.mjs" npx tsx bench/curationLatency.ts …
import { readFileSync, writeFileSync } from 'node:fs';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const GAP_MS = 8;
// /proc/PID/stat's fields after the command name: minflt is the 10th field of the line, utime the 14th, stime the 15th.
const [MINFLT, UTIME, STIME] = [10 - 3, 14 - 3, 15 - 3];
// Clock ticks a second (`getconf CLK_TCK`), as on every Linux Node runs on.
const TICK_MS = 10;

/** [time on its core (ns), time waiting for one (ns), minor faults, user ms, system ms] of the calling thread. */
function threadTimes() {
  const [onCore, waiting] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [onCore, waiting, Number(fields[MINFLT]), Number(fields[UTIME]) * TICK_MS, Number(fields[STIME]) * TICK_MS];
}

if (isMainThread && process.env.STALL_LOG) {
  const file = process.env.STALL_LOG;
  // [start ms, end ms, on core ms, waiting ms, minor faults, user ms, system ms], times from the process's start.
  const gaps = [];
  // [start ms, duration ms, kind (1 minor, 4 major, 8 incremental, 16 weak callbacks)]
  const collections = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) collections.push([entry.startTime, entry.duration, entry.detail?.kind ?? 0]);
  }).observe({ entryTypes: ['gc'] });
  let last = performance.now();
  let lastTimes = threadTimes();
  setInterval(() => {
    const now = performance.now();
    const times = threadTimes();
    if (now - last > GAP_MS) {
      const [onCore, waiting, faults, user, system] = times.map((value, k) => value - lastTimes[k]);
      gaps.push([last, now, onCore / 1e6, waiting / 1e6, faults, user, system]);
    }
    last = now;
    lastTimes = times;
  }, 1).unref();
  process.on('exit', () => writeFileSync(file, JSON.stringify({ gaps, collections })));
}
