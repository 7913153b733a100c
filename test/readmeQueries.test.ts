import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from './support/graphqlClient.ts';
import { seedGraph } from './support/seedGraph.ts';

/** The README's example queries, each with the JSON answer printed under it. */
function readmeExamples(): { query: string; answer: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/gu)].map(([, query, answer]) => ({ query: query!, answer: answer! }));
}

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await seedGraph());
});

describe('the README’s example queries', () => {
  const examples = readmeExamples();

  it('are all found', () => {
    expect(examples).toHaveLength(8);
  });

  // graphqlClient runs each one compiled and through graphql-js alone and requires identical replies.
  const named = examples.map((example) => ({ ...example, name: example.query.replace(/\s+/gu, ' ').slice(0, 60) }));
  it.each(named)('$name … answers what the README prints', async ({ query: text, answer }) => {
    const { data, errors } = await query(text);
    expect(errors).toBeUndefined();
    expect({ data }).toEqual(JSON.parse(answer));
  });
});
