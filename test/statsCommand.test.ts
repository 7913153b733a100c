import { describe, expect, it } from 'vitest';
import { runCommand } from './support/runCommand.ts';

// SNAP's published table for ca-GrQc: 5242 nodes, 14484 pairs of two
// different authors, 4158 in the largest component, 48260 triangles,
// average clustering 0.5296, diameter 17, 90-percentile effective diameter
// 7.6 (SNAP's own figure is sampled; ours is exact). The 355 components
// were counted by a throwaway union-find over the file's pairs.

describe('coauthor-graph stats', { timeout: 120_000 }, () => {
  it('reproduces SNAP’s table for CA-GrQc, diameter included', async () => {
    const { code, stdout, stderr } = await runCommand('stats', '--data', '../shared/data/snap/CA-GrQc.txt', '--format', 'snap', '--diameter');
    expect([code, stderr]).toEqual([0, '']);
    const value = (name: string) => new RegExp(`^  ${name} +(.*)$`, 'mu').exec(stdout)?.[1];
    expect(['authors', 'coauthor pairs', 'components', 'largest component', 'triangles', 'average clustering', 'diameter'].map(value)).toEqual([
      '5242',
      '14484',
      '355',
      '4158 authors',
      '48260',
      '0.5296',
      '17',
    ]);
    expect(value('effective diameter')).toMatch(/^7\.6\d /u);
  });

  it('counts the seed’s people with identity merging on (99) and off (103 spellings)', async () => {
    const authorsLine = async (...flags: string[]) =>
      (await runCommand('stats', '--data', 'fixtures/seed.jsonl', '--json', ...flags)).stdout;
    expect(JSON.parse(await authorsLine()).authors).toBe(99);
    expect(JSON.parse(await authorsLine('--identity', 'exact')).authors).toBe(103);
    const refused = await runCommand('stats', '--data', 'fixtures/seed.jsonl', '--identity', 'fuzzy');
    expect([refused.code, refused.stderr]).toEqual([1, 'error: --identity must be "merge" or "exact", got "fuzzy"\n']);
  });

  it('says what is missing', async () => {
    const { code, stderr } = await runCommand('stats');
    expect([code, stderr]).toEqual([1, 'error: missing --data FILE, the papers to read; see "coauthor-graph stats --help"\n']);
  });
});
