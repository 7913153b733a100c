import { describe, expect, it } from 'vitest';
import { runCommand } from './support/runCommand.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const tempFile = scratchFolder('identityCommand');

describe('coauthor-graph identity', () => {
  it('reports the seed’s four merges with rule and evidence', async () => {
    const { code, stdout } = await runCommand('identity', '--data', 'fixtures/seed.jsonl');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[1]).toBe('  103 spellings → 99 authors; 4 people merged in 4 joins (surname-spelling 1, same-folded-name 1, nickname 2); 0 near-misses');
    expect(lines).toContain('    "Noemí Mercado" → "Noemi Mercado" [same-folded-name]: the names are equal ignoring case, accents and punctuation');
    expect(lines.filter((line) => line.startsWith('    "'))).toHaveLength(4);
  });

  it('prints under each rule merge its score part by part: 47 shared coauthors at 0.6 and overlapping years at 0.2', async () => {
    const { stdout } = await runCommand('identity', '--data', 'fixtures/seed.jsonl');
    const lines = stdout.split('\n');
    expect(lines[lines.indexOf('    "Kamile Lukosuite" → "Kamilė Lukošiūtė" [surname-spelling]: 47 shared coauthors (Amanda Askell, Andy Jones, Anna Chen, …)') + 1]).toBe(
      '      score 28.40 of 1.00 = coauthors 28.20 + venue 0 + titles 0 + years 0.20 + categories 0',
    );
  });

  it('reports a near-miss and applies an overrides file', async () => {
    const data = tempFile('weld.jsonl', [
      '{"title":"A","authors":["Daniel S. Weld","Ann Ames"]}',
      '{"title":"B","authors":["Dan Weld","Cy Cole"]}',
      '',
    ].join('\n'));
    const before = await runCommand('identity', '--data', data, '--json');
    expect(JSON.parse(before.stdout).nearMisses).toEqual([
      {
        spellings: ['Daniel S. Weld', 'Dan Weld'],
        rule: 'nickname',
        reason: 'not enough support in the graph: no shared coauthors (2 needed) and no venue both published in within 2 years',
      },
    ]);
    const overrides = tempFile('overrides.json', JSON.stringify({ same: [{ names: ['Dan Weld', 'Daniel S. Weld'], reason: 'one person, per his homepage' }] }));
    const after = JSON.parse((await runCommand('identity', '--data', data, '--identity-overrides', overrides, '--json')).stdout);
    expect([after.authors, after.merges[0].identity]).toEqual([
      3,
      [{ spelling: 'Dan Weld', joinedTo: 'Daniel S. Weld', rule: 'override', evidence: 'one person, per his homepage' }],
    ]);
  });

  it('shows the person of a `same` group by its name, finds them by it, and exports it', async () => {
    const overrides = tempFile('named.json', JSON.stringify({ same: [{ names: ['Tim Maxwell', 'Timothy Maxwell'], name: 'Timothy J. Maxwell', reason: 'one person' }] }));
    const centers = ['--center', 'Timothy J. Maxwell', '--center', 'Ansh Radhakrishnan', '--depth', '0'];
    const { code, stdout } = await runCommand('export', '--format', 'csv', '--data', 'fixtures/seed.jsonl', '--identity-overrides', overrides, ...centers);
    // Tim Maxwell on two papers (2024, 2023) and Timothy Maxwell on one (2023), each with Ansh Radhakrishnan.
    expect([code, stdout.split('\r\n').map((row) => row.split(',').slice(2).join(','))]).toEqual([
      0,
      ['Weight,FirstYear,LastYear,SourceLabel,TargetLabel', '3,2023,2024,Ansh Radhakrishnan,Timothy J. Maxwell', ''],
    ]);
  });

  it('refuses a `same` group’s name with spaces around it, and a name on a `distinct` group, naming the place', async () => {
    const spaced = tempFile('spaced.json', JSON.stringify({ same: [{ names: ['Tim Maxwell', 'Timothy Maxwell'], name: ' Tim', reason: 'x' }] }));
    const spacedRun = await runCommand('identity', '--data', 'fixtures/seed.jsonl', '--identity-overrides', spaced);
    expect([spacedRun.code, spacedRun.stderr]).toEqual([1, `error: ${spaced}: same[0].name: the name " Tim" begins or ends with a space: send it without\n`]);
    const distinct = tempFile('distinct.json', JSON.stringify({ distinct: [{ names: ['Tim Maxwell', 'Timothy Maxwell'], name: 'Tim', reason: 'x' }] }));
    const distinctRun = await runCommand('identity', '--data', 'fixtures/seed.jsonl', '--identity-overrides', distinct);
    expect([distinctRun.code, distinctRun.stderr]).toEqual([1, `error: ${distinct}: distinct[0].name: only a "same" group has a name, the one its person is shown by\n`]);
  });

  it('refuses a malformed overrides file, naming the place', async () => {
    const overrides = tempFile('bad.json', JSON.stringify({ same: [{ names: ['Dan Weld'], reason: 'x' }] }));
    const { code, stderr } = await runCommand('identity', '--data', 'fixtures/seed.jsonl', '--identity-overrides', overrides);
    expect([code, stderr]).toEqual([1, `error: ${overrides}: same[0].names: expected a list of at least two non-empty names\n`]);
  });
});
