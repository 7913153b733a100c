// What held a server's event loop, from the log `bench/stallLog.mjs` wrote:
// first the gaps and system time in each 2 s of the run (to find its phases:
// a load, probes alone, writes), then, for the gaps of MIN ms or more from
// FROM to TO seconds after the server started, each with its time on the
// core, waiting for one, off it otherwise, page faults, system time and
// the collections inside it; last, the collections of that window by kind
// (`percentiles`, as the other benches print them).
// Usage: npx tsx bench/stallSummary.ts STALL_LOG [FROM=0] [TO=end] [MIN=12]
import { readFileSync } from 'node:fs';
import { percentiles } from './percentiles.ts';

type Gap = [start: number, end: number, onCore: number, waiting: number, faults: number, user: number, system: number];
type Collection = [start: number, duration: number, kind: number];

const KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weak callbacks' };
const PHASE_MS = 2000;

const [file, fromText = '0', toText = 'Infinity', minText = '12'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: npx tsx bench/stallSummary.ts STALL_LOG [FROM] [TO] [MIN]');
const { gaps, collections } = JSON.parse(readFileSync(file, 'utf8')) as { gaps: Gap[]; collections: Collection[] };
const [from, to, min] = [Number(fromText) * 1000, Number(toText) * 1000, Number(minText)];

const phases = new Map<number, { gaps: number; faults: number; system: number }>();
for (const [start, , , , faults, , system] of gaps) {
  const phase = Math.floor(start / PHASE_MS) * (PHASE_MS / 1000);
  const sum = phases.get(phase) ?? { gaps: 0, faults: 0, system: 0 };
  phases.set(phase, { gaps: sum.gaps + 1, faults: sum.faults + faults, system: sum.system + system });
}
console.log('second  gaps over 8 ms  faults in them  system ms in them');
for (const [phase, { gaps: count, faults, system }] of phases) console.log(`${String(phase).padStart(6)}  ${String(count).padStart(16)}  ${String(faults).padStart(14)}  ${String(system).padStart(17)}`);

/** The milliseconds of `[start, end)` that collections took, and which. */
function collectedIn(start: number, end: number): [number, string] {
  let total = 0;
  const kinds: string[] = [];
  for (const [at, duration, kind] of collections) {
    const overlap = Math.min(end, at + duration) - Math.max(start, at);
    if (overlap <= 0) continue;
    total += overlap;
    kinds.push(`${KINDS[kind] ?? kind} ${duration.toFixed(1)}`);
  }
  return [total, kinds.join(', ')];
}

console.log(`\ngaps of ${min} ms or more, ${fromText}-${toText} s (ms; "off" is off the core without waiting for it: blocked)`);
console.log('      at  length  on core  waiting     off  faults  system  collecting');
const totals = { length: 0, onCore: 0, waiting: 0, system: 0, collecting: 0 };
for (const [start, end, onCore, waiting, faults, , system] of gaps) {
  const length = end - start;
  if (start < from || start > to || length < min) continue;
  const [collecting, kinds] = collectedIn(start, end);
  const off = Math.max(0, length - onCore - waiting);
  console.log(
    [(start / 1000).toFixed(2).padStart(8), length.toFixed(1).padStart(7), onCore.toFixed(1).padStart(8), waiting.toFixed(1).padStart(8), off.toFixed(1).padStart(7), String(faults).padStart(7), String(system).padStart(7), `${collecting.toFixed(1).padStart(11)} ${kinds}`].join(' '),
  );
  Object.assign(totals, { length: totals.length + length, onCore: totals.onCore + onCore, waiting: totals.waiting + waiting, system: totals.system + system, collecting: totals.collecting + collecting });
}
console.log(`in all: ${Object.entries(totals).map(([name, value]) => `${name} ${value.toFixed(0)} ms`).join(', ')}`);

console.log(`\ncollections, ${fromText}-${toText} s`);
const byKind = new Map<string, number[]>();
for (const [at, duration, kind] of collections) {
  if (at < from || at > to) continue;
  const name = KINDS[kind] ?? String(kind);
  byKind.set(name, [...(byKind.get(name) ?? []), duration]);
}
for (const [name, durations] of byKind) console.log(`${name}: ${durations.length}, ${percentiles(durations)}, ${durations.reduce((sum, value) => sum + value, 0).toFixed(0)} ms in all`);
