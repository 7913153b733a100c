import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeSnapshot } from '../src/graph/store/snapshot/writeSnapshot.ts';
import { loadGraph, type LoadOptions } from '../src/loadGraph.ts';
import type { ProgressLine } from '../src/progress/createProgressLine.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const scratch = scratchFolder('load-progress');

/** The phases a load announces, each with the size it gave and the last bytes reported in it. */
async function phasesOf(data: readonly string[], format: string | undefined, options: LoadOptions): Promise<(string | number)[][]> {
  const phases: (string | number)[][] = [];
  const progress: ProgressLine = {
    phase: (label, totalBytes) => void phases.push(totalBytes === undefined ? [label] : [label, totalBytes]),
    update: (bytes) => void (bytes === undefined || phases.at(-1)!.splice(2, 1, bytes)),
    finish: () => void phases.push(['finish']),
  };
  await loadGraph(data, format, { identity: 'merge' }, { ...options, progress });
  return phases;
}

const BUILD_PHASES = [['ordering papers'], ['resolving identities'], ['building the graph']];
const INDEX_PHASES = [['building the coauthor adjacency'], ['building the search index'], ['ordering papers by date and title'], ['ordering authors by paper count'], ['measuring the longest lists']];

describe('the progress of a load', () => {
  it('reads each file against its size, then goes through the phases of the build and the indexes', async () => {
    const phases = await phasesOf(['fixtures/seed.jsonl', 'fixtures/seed.txt'], undefined, { inSlices: true, indexed: true });
    expect(phases).toEqual([['reading fixtures/seed.jsonl', 6893, 6893], ['reading fixtures/seed.txt', 5439, 5439], ...BUILD_PHASES, ...INDEX_PHASES]);
  });

  it('has no index phases when the indexes are left to the first request', async () => {
    expect(await phasesOf(['fixtures/seed.jsonl'], undefined, {})).toEqual([['reading fixtures/seed.jsonl', 6893, 6893], ...BUILD_PHASES]);
  });

  it('checks a snapshot byte by byte up to its size, its indexes already built', async () => {
    const path = scratch('seed.snapshot', '');
    await writeSnapshot(await loadGraph(['fixtures/seed.jsonl'], undefined, { identity: 'merge' }), path);
    const { size } = statSync(path);
    expect(await phasesOf([path], undefined, { indexed: true })).toEqual([[`checking ${path}`, size, size], ...INDEX_PHASES]);
  });
});
