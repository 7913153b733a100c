// Prints the page faults this process takes to make and write three arrays of 16 MB, after making 64 MB
// of heap memory ready with `--ready` (see `readyHeapMemory`). Run by test/readyHeapMemory.test.ts.
import { readFileSync } from 'node:fs';
import { readyHeapMemory } from '../../src/graph/store/readyHeapMemory.ts';

// /proc/self/stat's minor faults: the 10th field, the 7th after the command name.
const faults = () => {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
};
if (process.argv.includes('--ready')) await readyHeapMemory(2 ** 26);
const before = faults();
for (let k = 0; k < 3; k++) new Uint8Array(2 ** 24).fill(1);
process.stdout.write(String(faults() - before));
