import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, type GraphQLResponse } from './support/graphqlClient.ts';
import { seedGraph } from './support/seedGraph.ts';

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await seedGraph());
});

const PAGE = `query($first: Int, $last: Int, $after: String, $before: String) {
  author(name: "Carol Chen") {
    coauthors(first: $first, last: $last, after: $after, before: $before, orderBy: NAME) {
      totalCount
      edges { cursor node { name } }
      pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
    }
  }
}`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { name: string } }[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function page(args: Record<string, unknown>): Promise<Page> {
  const { data, errors } = await query(PAGE, args);
  expect(errors).toBeUndefined();
  return (data as { author: { coauthors: Page } }).author.coauthors;
}

const names = (p: Page) => p.edges.map((edge) => edge.node.name);

function firstError(response: GraphQLResponse) {
  const [error] = response.errors ?? [];
  return { message: error?.message, code: error?.extensions?.code };
}

// Carol Chen wrote 2 papers: 24 + 51 bylines, 14 people on both (13 same spellings, and
// Kamilė Lukošiūtė spelled Kamile Lukosuite on one); 24 + 51 - 14 - 1 = 60 coauthors.
describe('Relay connections', () => {
  it('default to 20 items and report the total', async () => {
    const first = await page({});
    expect([first.totalCount, first.edges.length, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([60, 20, true, false]);
  });

  it('page forwards with first/after without gaps or repeats', async () => {
    const all = await page({ first: 100 });
    const one = await page({ first: 2 });
    const two = await page({ first: 2, after: one.pageInfo.endCursor });
    expect([...names(one), ...names(two)]).toEqual(names(all).slice(0, 4));
    expect(names(one)).toEqual(['Amanda Askell', 'Andy Jones']);
    expect(two.pageInfo.hasPreviousPage).toBe(true);
  });

  it('page backwards with last/before', async () => {
    const tail = await page({ last: 2 });
    expect(names(tail)).toEqual(['Yuntao Bai', 'Zac Hatfield-Dodds']);
    expect([tail.pageInfo.hasNextPage, tail.pageInfo.hasPreviousPage]).toEqual([false, true]);
    const before = await page({ last: 1, before: tail.pageInfo.startCursor });
    expect(names(before)).toEqual(['Venkatesa Chandrasekaran']);
  });

  it('give an empty page with null cursors for first: 0', async () => {
    const empty = await page({ first: 0 });
    expect(empty.edges).toEqual([]);
    expect([empty.pageInfo.startCursor, empty.pageInfo.endCursor, empty.pageInfo.hasNextPage]).toEqual([null, null, true]);
  });

  it('refuse a page larger than 100 instead of cutting it silently', async () => {
    expect(firstError(await query(PAGE, { first: 101 }))).toEqual({
      message: '`first` must be between 0 and 100, got 101: fetch longer lists page by page with `after`.',
      code: 'BAD_USER_INPUT',
    });
    expect(firstError(await query(PAGE, { last: -1 })).code).toBe('BAD_USER_INPUT');
  });

  it('refuse first and last together', async () => {
    expect(firstError(await query(PAGE, { first: 1, last: 1 })).message).toMatch(/^Pass `first` or `last`, not both/u);
  });

  it('refuse a cursor that belongs to another list', async () => {
    const { data } = await query('{ papers(first: 1) { pageInfo { endCursor } } }');
    const foreign = (data as { papers: { pageInfo: { endCursor: string } } }).papers.pageInfo.endCursor;
    expect(firstError(await query(PAGE, { after: foreign }))).toEqual({
      message: '`after` is not a cursor of this list: pass a cursor this same field returned.',
      code: 'BAD_USER_INPUT',
    });
    expect(firstError(await query(PAGE, { after: '%%%' })).code).toBe('BAD_USER_INPUT');
  });
});
