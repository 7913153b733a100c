import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { applyPaperMetadata } from '../src/ingest/applyPaperMetadata.ts';
import { parseListing } from '../src/ingest/listing/parseListing.ts';

const seed = parseListing(readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8'), 'seed.txt');
/** The entries of the shared paper-metadata.json, copied here so the test needs nothing outside the repo. */
const seedMetadata = {
  about: 'Public bibliographic facts for the six papers of the seed listing.',
  papers: [
    { published: '2024-01-10', firstAuthor: 'Evan Hubinger', title: 'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training', arxiv: '2401.05566' },
    { published: '2023-07-17', firstAuthor: 'Tamera Lanham', title: 'Measuring Faithfulness in Chain-of-Thought Reasoning', arxiv: '2307.13702' },
    { published: '2023-07-17', firstAuthor: 'Ansh Radhakrishnan', title: 'Question Decomposition Improves the Faithfulness of Model-Generated Reasoning', arxiv: '2307.11768' },
    { published: '2023-02-15', firstAuthor: 'Deep Ganguli', title: 'The Capacity for Moral Self-Correction in Large Language Models', arxiv: '2302.07459' },
    { published: '2022-12-19', firstAuthor: 'Ethan Perez', title: 'Discovering Language Model Behaviors with Model-Written Evaluations', arxiv: '2212.09251' },
    { published: '2022-12-15', firstAuthor: 'Yuntao Bai', title: 'Constitutional AI: Harmlessness from AI Feedback', arxiv: '2212.08073' },
  ],
};

const twins: PaperRecord[] = [
  { published: '2023-07-17', authors: ['Tamera Lanham', 'Ethan Perez'] },
  { published: '2023-07-17', authors: ['Ansh Radhakrishnan', 'Ethan Perez'] },
];

function entry(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { published: '2023-07-17', firstAuthor: 'Tamera Lanham', title: 'Measuring Faithfulness', arxiv: '2307.13702', ...fields };
}

function messageFor(metadata: unknown, records: readonly PaperRecord[] = twins): string {
  try {
    applyPaperMetadata(records, metadata, 'meta.json');
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error('expected applyPaperMetadata to throw');
}

describe('applyPaperMetadata on the seed', () => {
  const enriched = applyPaperMetadata(seed, seedMetadata, 'paper-metadata.json');

  it('gives every seed paper its title', () => {
    expect(enriched.map((record) => record.title)).toEqual([
      'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training',
      'Measuring Faithfulness in Chain-of-Thought Reasoning',
      'Question Decomposition Improves the Faithfulness of Model-Generated Reasoning',
      'The Capacity for Moral Self-Correction in Large Language Models',
      'Discovering Language Model Behaviors with Model-Written Evaluations',
      'Constitutional AI: Harmlessness from AI Feedback',
    ]);
  });

  it('gives every seed paper its arXiv id and abstract page', () => {
    expect(enriched.map((record) => [record.externalIds?.arxiv, record.url])).toEqual([
      ['2401.05566', 'https://arxiv.org/abs/2401.05566'],
      ['2307.13702', 'https://arxiv.org/abs/2307.13702'],
      ['2307.11768', 'https://arxiv.org/abs/2307.11768'],
      ['2302.07459', 'https://arxiv.org/abs/2302.07459'],
      ['2212.09251', 'https://arxiv.org/abs/2212.09251'],
      ['2212.08073', 'https://arxiv.org/abs/2212.08073'],
    ]);
  });

  it('keeps the rest of each record as it was', () => {
    expect(enriched[0]).toEqual({
      ...seed[0],
      title: 'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training',
      url: 'https://arxiv.org/abs/2401.05566',
      externalIds: { arxiv: '2401.05566' },
    });
  });

  it('does not change the records passed in', () => {
    expect(seed[0]).not.toHaveProperty('title');
  });
});

describe('applyPaperMetadata', () => {
  it('tells apart two papers of one day by first author', () => {
    const result = applyPaperMetadata(twins, { papers: [entry({ firstAuthor: 'Ansh Radhakrishnan', arxiv: '2307.11768' })] }, 'm.json');
    expect(result.map((record) => record.externalIds?.arxiv)).toEqual([undefined, '2307.11768']);
  });

  it('keeps other external ids of a record', () => {
    const [record] = applyPaperMetadata([{ ...twins[0], authors: ['Tamera Lanham'], externalIds: { doi: '10.1/x' } }], { papers: [entry()] }, 'm.json');
    expect(record?.externalIds).toEqual({ doi: '10.1/x', arxiv: '2307.13702' });
  });

  it('rejects metadata that is not an object', () => {
    expect(messageFor([])).toBe('meta.json: expected a JSON object with a "papers" array, got an array');
  });

  it('rejects metadata without a papers array', () => {
    expect(messageFor({ about: 'x' })).toBe('meta.json: field "papers" must be an array of entries, got nothing');
  });

  it('rejects an unknown top-level field', () => {
    expect(messageFor({ papers: [], source: 'x' })).toBe('meta.json: unknown field "source"; allowed fields are about, papers');
  });

  it('rejects an entry that is not an object, naming its index', () => {
    expect(messageFor({ papers: [entry(), 'x'] })).toBe(
      'meta.json: papers[1]: expected an object with fields published, firstAuthor, title, arxiv, got "x"',
    );
  });

  it('rejects an entry with a missing field', () => {
    expect(messageFor({ papers: [entry({ title: undefined })] })).toBe('meta.json: papers[0]: field "title" must be a non-empty string, got nothing');
  });

  it('rejects an entry with an unknown field', () => {
    expect(messageFor({ papers: [entry({ doi: '10.1/x' })] })).toBe(
      'meta.json: papers[0]: unknown field "doi"; allowed fields are published, firstAuthor, title, arxiv',
    );
  });

  it('rejects an entry with an impossible date', () => {
    expect(messageFor({ papers: [entry({ published: '2023-02-30' })] })).toBe(
      'meta.json: papers[0]: field "published" must be a real calendar date "YYYY-MM-DD", got "2023-02-30"',
    );
  });

  it('rejects an entry with a malformed arXiv id', () => {
    expect(messageFor({ papers: [entry({ arxiv: 'arXiv:2307.13702' })] })).toBe(
      'meta.json: papers[0]: field "arxiv" must be an arXiv id like "2212.08073", got "arXiv:2307.13702"',
    );
  });

  it('rejects an entry that matches no paper', () => {
    expect(messageFor({ papers: [entry({ firstAuthor: 'Ethan Perez' })] })).toBe(
      'meta.json: papers[0]: expected a paper published 2023-07-17 with first author "Ethan Perez", found none among the 2 papers read',
    );
  });

  it('rejects an entry that matches two papers', () => {
    const clash = [twins[0] ?? { authors: [] }, { published: '2023-07-17', authors: ['Tamera Lanham', 'Sam Bowman'] }];
    expect(messageFor({ papers: [entry()] }, clash)).toBe(
      'meta.json: papers[0]: expected exactly one paper published 2023-07-17 with first author "Tamera Lanham", found 2 (papers 1, 2 of the input)',
    );
  });

  it('rejects two entries for one paper', () => {
    expect(messageFor({ papers: [entry(), entry({ title: 'Other' })] })).toBe(
      'meta.json: papers[1]: expected one entry per paper, got a second one for the paper published 2023-07-17 with first author "Tamera Lanham" (first: papers[0])',
    );
  });

  it('rejects a title that contradicts the paper', () => {
    const titled = [{ ...twins[0], authors: ['Tamera Lanham'], title: 'Old' }];
    expect(messageFor({ papers: [entry()] }, titled)).toBe(
      'meta.json: papers[0]: expected title "Measuring Faithfulness" to agree with the paper\'s own, got "Old" in the paper',
    );
  });
});
