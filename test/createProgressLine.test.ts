import { describe, expect, it } from 'vitest';
import { createProgressLine } from '../src/progress/createProgressLine.ts';

/** A fake terminal (or not) and a clock the test moves by hand. */
function setup({ isTTY = true, columns = 60 } = {}) {
  const written: string[] = [];
  let time = 0;
  const output = { isTTY, columns, write: (text: string) => written.push(text) };
  const at = (ms: number): void => {
    time = ms;
  };
  return { written, at, line: createProgressLine(output, () => time) };
}

const ERASE = '\r\u001b[K';

describe('createProgressLine', () => {
  it('stays quiet when the output is not a terminal', () => {
    const { written, at, line } = setup({ isTTY: false });
    line.phase('data.jsonl', 2_000_000);
    at(5000);
    line.update(500_000);
    line.phase('building the graph');
    line.update();
    line.finish();
    expect(written).toEqual([]);
  });

  it('stays quiet during the first second, then draws bytes read against the file size', () => {
    const { written, at, line } = setup();
    line.phase('data.jsonl', 2_000_000);
    at(999);
    line.update(100_000);
    at(1000);
    line.update(500_000);
    expect(written).toEqual([`\rdata.jsonl [${'#'.repeat(8)}${'.'.repeat(22)}]  25% 0.5/2.0 MB`]);
    expect(written[0]).toHaveLength(1 + 59);
  });

  it('redraws at most every tenth of a second and erases itself when done', () => {
    const { written, at, line } = setup();
    line.phase('data.jsonl', 2_000_000);
    for (const ms of [1000, 1050, 1099, 1100]) {
      at(ms);
      line.update(ms * 1000);
    }
    line.finish();
    expect(written.map((text) => text.slice(-15))).toEqual([' 50% 1.0/2.0 MB', ' 55% 1.1/2.0 MB', ERASE]);
  });

  it('leaves the line alone when it never drew', () => {
    const { written, line } = setup();
    line.phase('data.jsonl', 2_000_000);
    line.finish();
    expect(written).toEqual([]);
  });

  it('shortens a long file name from the left to fit the terminal', () => {
    const { written, at, line } = setup({ columns: 40 });
    line.phase('a/very/long/path/to/the/dblp.xml', 2_000_000);
    at(2000);
    line.update(1_000_000);
    expect(written).toEqual(['\r…/dblp.xml [#####.....]  50% 1.0/2.0 MB']);
  });

  it('draws a load as it goes from reading a file through timed build phases, clearing what a shorter line leaves and writing no line twice', () => {
    const { written, at, line } = setup();
    line.phase('reading data.jsonl', 2_000_000);
    at(600);
    line.update(1_000_000);
    at(1200);
    line.update(2_000_000);
    line.phase('resolving identities');
    at(1250);
    line.update();
    at(3700);
    line.update();
    line.phase('building the graph');
    at(4700);
    line.update();
    at(4800);
    line.update();
    line.finish();
    expect(written).toEqual([
      `\rreading data.jsonl [${'#'.repeat(22)}] 100% 2.0/2.0 MB`,
      '\rresolving identities … 0 s\u001b[K',
      '\rresolving identities … 2 s',
      '\rbuilding the graph … 0 s\u001b[K',
      '\rbuilding the graph … 1 s',
      ERASE,
    ]);
  });

  it('counts the quiet second from the start of the job, not of each phase', () => {
    const { written, at, line } = setup();
    line.phase('checking graph.snapshot', 1_000_000);
    at(900);
    line.update(1_000_000);
    line.phase('building the search index');
    at(1000);
    line.update();
    expect(written).toEqual(['\rbuilding the search index … 0 s']);
  });

  it('stays erased once finished, whatever is reported after', () => {
    const { written, at, line } = setup();
    line.phase('building the graph');
    at(1000);
    line.update();
    line.finish();
    at(2000);
    line.update();
    line.phase('building the search index');
    line.finish();
    expect(written).toEqual(['\rbuilding the graph … 1 s', ERASE]);
  });
});
