// Times ordering real string columns by code units two ways, in one process,
// alternating: `sortInSteps` with `compareCodeUnits` (a merge sort over
// natively sorted runs, comparing strings) and `orderOfStrings` (packed
// code-unit prefixes sorted as numbers, groups refined). The columns are the
// folded titles, the name keys of every distinct author spelling, and the
// paper ids of a data file; both orders are checked equal. Times are CPU
// time (user + system) of the process, medians: the machine is shared.
// Usage: npx tsx bench/sortStrings.ts FILE [rounds=3]
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import { paperLocalId } from '../src/graph/store/paperLocalId.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { orderOfStrings } from '../src/graph/store/steps/orderOfStrings.ts';
import { sortInSteps } from '../src/graph/store/steps/sortInSteps.ts';
import { compareCodeUnits } from '../src/graph/text/compareCodeUnits.ts';
import { foldText } from '../src/graph/text/foldText.ts';
import { nameKey } from '../src/graph/text/nameKey.ts';

const [file, roundsArgument] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: npx tsx bench/sortStrings.ts FILE [rounds=3]');
const rounds = Number(roundsArgument ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a positive integer, got "${roundsArgument}"`);

const records = await readPaperFile(file);
const spellings = new Set(records.flatMap((record) => record.authors));
const columns: Readonly<Record<string, readonly string[]>> = {
  titles: records.map((record) => foldText(record.title ?? '\uffff')),
  'name keys': [...spellings].map(nameKey),
  'paper ids': records.map(paperLocalId),
};

const ways = {
  old: (strings: readonly string[]) => runAtOnce(sortInSteps([...strings.keys()], (a, b) => compareCodeUnits(strings[a]!, strings[b]!))),
  new: (strings: readonly string[]) => Array.from(runAtOnce(orderOfStrings(strings))),
};

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`sort strings: ${file}, ${rounds} rounds, median CPU ms`);
console.log(`${'column'.padEnd(12)}${'strings'.padStart(10)}${'old ms'.padStart(10)}${'new ms'.padStart(10)}${'old ÷ new'.padStart(11)}`);
for (const [name, strings] of Object.entries(columns)) {
  const times: Record<keyof typeof ways, number[]> = { old: [], new: [] };
  let orders: Partial<Record<keyof typeof ways, number[]>> = {};
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so neither always runs on a warmer or fuller heap.
    for (const way of round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const started = process.cpuUsage();
      orders[way] = ways[way](strings);
      const { user, system } = process.cpuUsage(started);
      times[way].push((user + system) / 1000);
    }
    if (orders.old!.some((index, k) => orders.new![k] !== index)) throw new Error(`the two orders of ${name} differ`);
    orders = {};
  }
  const [old, fresh] = [median(times.old), median(times.new)];
  console.log(
    `${name.padEnd(12)}${String(strings.length).padStart(10)}${old.toFixed(0).padStart(10)}${fresh.toFixed(0).padStart(10)}${(old / fresh).toFixed(2).padStart(10)}×`,
  );
}
