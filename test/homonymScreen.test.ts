import { describe, expect, it } from 'vitest';
import { collectVariants } from '../src/graph/identity/collectVariants.ts';
import { HomonymScreen } from '../src/graph/identity/HomonymScreen.ts';
import { homonymScreenBeside } from '../src/graph/identity/homonymScreenBeside.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { LI_WU_RECORDS, record } from './support/liWuRecords.ts';

/** The screen of `records` with every spelling its own cluster, and the spellings by variant. */
function screenOf(records: readonly PaperRecord[], limit = 100) {
  const { variants, bylines } = runAtOnce(collectVariants(records));
  const rootOf = Uint32Array.from(variants, (_, v) => v);
  return { spellings: variants.map(({ spelling }) => spelling), screen: runAtOnce(HomonymScreen.of(bylines, rootOf, limit)) };
}

const flagged = ({ spellings, screen }: ReturnType<typeof screenOf>) => spellings.filter((_, v) => screen.arrays.several[v] === 1);

/** The spellings the screen of `records` flags, screened on this thread alone. */
function flaggedIn(records: readonly PaperRecord[], limit?: number): string[] {
  const screened = screenOf(records, limit);
  runAtOnce(screened.screen.screenAll());
  return flagged(screened);
}

/**
 * 800 teams of three who write four papers together, each one person by
 * their coauthors; and ten spellings "Hom Nine 0" … that write two papers
 * with one pair and two with another pair, in the same years: the only ones
 * whose papers fall into two sets. 2,450 spellings: three chunks to claim.
 */
const TEAMS_AND_HOMONYMS: readonly PaperRecord[] = [
  ...Array.from({ length: 800 }, (_, team) =>
    Array.from({ length: 4 }, (__, paper) => record(`t${team}-${paper}`, 2000 + paper, 'ICML', `Ann Team ${team}`, `Bob Team ${team}`, `Cy Team ${team}`)),
  ).flat(),
  ...Array.from({ length: 10 }, (_, h) => [
    record(`h${h}-a1`, 2010, 'KDD', `Hom Nine ${h}`, `Ed Pair ${h}`, `Flo Pair ${h}`),
    record(`h${h}-a2`, 2011, 'KDD', `Hom Nine ${h}`, `Ed Pair ${h}`),
    record(`h${h}-b1`, 2010, 'VLDB', `Hom Nine ${h}`, `Gus Pair ${h}`, `Hal Pair ${h}`),
    record(`h${h}-b2`, 2011, 'VLDB', `Hom Nine ${h}`, `Hal Pair ${h}`),
  ]).flat(),
];
const HOMONYMS = Array.from({ length: 10 }, (_, h) => `Hom Nine ${h}`).sort();

/** Resolves once every chunk of `screen` is screened, by whichever thread. */
async function allScreened(screen: HomonymScreen): Promise<void> {
  const { claims } = screen.arrays;
  while (!Array.from({ length: claims.length - 1 }, (_, chunk) => Atomics.load(claims, 1 + chunk)).every((done) => done === 1)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the homonym screen', () => {
  it('flags "Li Wu", whose papers with Ann and Bob and those with Cy and Di share no coauthor, and no spelling with fewer than four papers', () => {
    expect(flaggedIn(LI_WU_RECORDS)).toEqual(['Li Wu']);
  });

  it('flags no spelling once a paper with Ann and Cy links its two sets', () => {
    expect(flaggedIn([...LI_WU_RECORDS, record('link', 2016, 'KDD', 'Li Wu', 'Ann Ames', 'Cy Cole')])).toEqual([]);
  });

  it('links no papers through bylines longer than the limit: with two authors at most, "Li Wu" has no set of two papers', () => {
    expect(flaggedIn(LI_WU_RECORDS, 2)).toEqual([]);
  });

  it('flags the ten homonyms among 2,450 spellings, screened in three chunks', () => {
    expect(screenOf(TEAMS_AND_HOMONYMS).screen.arrays.claims.length).toBe(1 + 3);
    expect(flaggedIn(TEAMS_AND_HOMONYMS).sort()).toEqual(HOMONYMS);
  });

  it('flags the same spellings when a worker thread screens every chunk', async () => {
    const screened = screenOf(TEAMS_AND_HOMONYMS);
    const beside = homonymScreenBeside(0, { fromAuthorships: 0, threads: 2 })!;
    beside.join(screened.screen);
    await allScreened(screened.screen);
    // Every chunk claimed by the thread: this one finds none left, and nothing to wait for.
    runAtOnce(screened.screen.screenAll());
    beside.stop();
    expect(flagged(screened).sort()).toEqual(HOMONYMS);
  });

  it('screens again, without waiting, the chunks a worker claimed and has not finished', () => {
    const screened = screenOf(TEAMS_AND_HOMONYMS);
    // Every chunk claimed, as by a worker that then stopped: this thread finds none left to claim, and none finished.
    Atomics.add(screened.screen.arrays.claims, 0, 3);
    runAtOnce(screened.screen.screenAll());
    expect(flagged(screened).sort()).toEqual(HOMONYMS);
  });

  it('starts no thread on one core or below its size', () => {
    expect(homonymScreenBeside(1 << 30, { threads: 1 })).toBeUndefined();
    expect(homonymScreenBeside(1000)).toBeUndefined();
  });
});
