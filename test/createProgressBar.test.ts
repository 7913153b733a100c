import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../src/cli/createProgressBar.ts';

/** A fake terminal (or not) and a clock the test moves by hand. */
function setup({ isTTY = true, columns = 60 } = {}) {
  const written: string[] = [];
  let time = 0;
  const output = { isTTY, columns, write: (text: string) => written.push(text) };
  const at = (ms: number): void => {
    time = ms;
  };
  return { written, output, at, now: () => time };
}

describe('createProgressBar', () => {
  it('stays quiet when the output is not a terminal', () => {
    const { written, output, at, now } = setup({ isTTY: false });
    const bar = createProgressBar('data.jsonl', 2_000_000, output, now);
    at(5000);
    bar.update(500_000);
    bar.finish();
    expect(written).toEqual([]);
  });

  it('stays quiet during the first second, then draws bytes read against the file size', () => {
    const { written, output, at, now } = setup();
    const bar = createProgressBar('data.jsonl', 2_000_000, output, now);
    at(999);
    bar.update(100_000);
    at(1000);
    bar.update(500_000);
    expect(written).toEqual([`\rdata.jsonl [${'#'.repeat(8)}${'.'.repeat(22)}]  25% 0.5/2.0 MB`]);
    expect(written[0]).toHaveLength(1 + 59);
  });

  it('redraws at most every tenth of a second and erases itself when done', () => {
    const { written, output, at, now } = setup();
    const bar = createProgressBar('data.jsonl', 2_000_000, output, now);
    for (const ms of [1000, 1050, 1099, 1100]) {
      at(ms);
      bar.update(ms * 1000);
    }
    bar.finish();
    expect(written.map((text) => text.slice(-15))).toEqual([' 50% 1.0/2.0 MB', ' 55% 1.1/2.0 MB', '\r\u001b[K']);
  });

  it('leaves the line alone when it never drew', () => {
    const { written, output, now } = setup();
    createProgressBar('data.jsonl', 2_000_000, output, now).finish();
    expect(written).toEqual([]);
  });

  it('shortens a long file name from the left to fit the terminal', () => {
    const { written, output, at, now } = setup({ columns: 40 });
    const bar = createProgressBar('a/very/long/path/to/the/dblp.xml', 2_000_000, output, now);
    at(2000);
    bar.update(1_000_000);
    expect(written).toEqual(['\r…/dblp.xml [#####.....]  50% 1.0/2.0 MB']);
  });
});
