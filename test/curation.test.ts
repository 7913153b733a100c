import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { WriteTokens } from '../src/auth/WriteTokens.ts';
import { collaborationNetwork } from '../src/graph/algorithms/collaborationNetwork.ts';
import { VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { toCsv } from '../src/export/toCsv.ts';
import { openCurator } from '../src/curation/openCurator.ts';
import { changeArrays } from '../src/graph/store/delta/RecycledArrays.ts';
import { foreground } from '../src/graph/store/steps/Foreground.ts';
import { openSqliteStore } from '../src/journal/openSqliteStore.ts';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { readConfig } from '../src/readConfig.ts';
import { writeSnapshot } from '../src/graph/store/snapshot/writeSnapshot.ts';
import { appClient, type Reply } from './support/appClient.ts';
import { LI_WU_RECORDS } from './support/liWuRecords.ts';
import { scratchFolder } from './support/scratchFolder.ts';
import { SEED_JSONL, seedGraph } from './support/seedGraph.ts';
import { startListening } from './support/runServer.ts';

const tempFile = scratchFolder('curation');
const TOKEN = 'correct-horse-battery-staple';
const tokensFile = tempFile('write-tokens', `# writers\nalice ${createHash('sha256').update(TOKEN).digest('hex')}\n`);
const AS_ALICE = { authorization: `Bearer ${TOKEN}` };
let stores = 0;

/** The seed (or `data`) served with `identity` (exact by default) from a journal at `store` (a fresh one by default), in process. */
async function curatedApp(store = tempFile(`store-${++stores}.db`, ''), identity: 'exact' | 'merge' = 'exact', data = SEED_JSONL) {
  const curator = await openCurator(store, [data], undefined, { identity });
  // jit given: the twin app appClient runs otherwise would apply every mutation a second time.
  const { post } = appClient({ graph: () => curator.graph, curator: () => curator, writeTokens: WriteTokens.read(tokensFile), jit: true });
  const query = (text: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = AS_ALICE) => post({ query: text, variables }, headers);
  return { query, store, curator };
}

type Query = Awaited<ReturnType<typeof curatedApp>>['query'];

const idOf = async (query: Query, name: string) => ((await query('query($n: String!) { author(name: $n) { id } }', { n: name })).body.data as { author: { id: string } }).author.id;

const MERGE = 'mutation($ids: [ID!]!, $v: Int) { mergeAuthors(input: { ids: $ids, expectedVersion: $v }) { graphVersion author { id name paperCount aliases { name } identity { spelling joinedTo rule } } userErrors { field message code } } }';
const SPLIT = 'mutation($id: ID!, $s: [String!]!) { splitAuthor(input: { id: $id, spellings: $s }) { graphVersion authors { name paperCount } userErrors { field message code } } }';
const ADD = 'mutation($p: [PaperInput!]!) { addPapers(input: { papers: $p }) { graphVersion papers { title year authors { totalCount } } userErrors { field message code } } }';
const MAXWELLS = '{ authors(search: "maxwell") { edges { node { name paperCount } } } }';

const dataOf = (reply: Reply) => reply.body.data as Record<string, Record<string, unknown>>;
/** How many authors the graph holds, and the last 12 names in the default (NAME) order. */
const lastNames = async (query: Query) => {
  const { totalCount, edges } = dataOf(await query('{ authors(last: 12) { totalCount edges { node { name } } } }')).authors as { totalCount: number; edges: { node: { name: string } }[] };
  return [totalCount, edges.map(({ node }) => node.name)];
};
/** The Maxwells the graph holds, with their paper counts. */
const maxwells = async (query: Query) =>
  ((await query(MAXWELLS)).body.data as { authors: { edges: { node: { name: string; paperCount: number } }[] } }).authors.edges.map(({ node }) => `${node.name} ${node.paperCount}`);

describe('a change that takes longer than the execution timeout', () => {
  it('is answered with its result, not stopped half-said while it lands', async () => {
    const curator = await openCurator(tempFile(`store-${++stores}.db`, ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const { post } = appClient({
      graph: () => curator.graph,
      curator: () => curator,
      writeTokens: WriteTokens.read(tokensFile),
      jit: true,
      limits: { ...DEFAULT_LIMITS, timeoutMs: 1 },
    });
    const paper = { title: 'Slower than a millisecond', published: '2024-05-01', authors: ['Tim Maxwell', 'Ann Ames'] };
    const reply = await post({ query: ADD, variables: { p: [paper] } }, AS_ALICE);
    expect(reply.body.errors).toBeUndefined();
    expect(dataOf(reply).addPapers).toEqual({
      graphVersion: 1,
      papers: [{ title: 'Slower than a millisecond', year: 2024, authors: { totalCount: 2 } }],
      userErrors: [],
    });
  });
});

describe('mergeAuthors', () => {
  it('makes one author of Tim and Timothy Maxwell, visible to the next request, the merged-away id resolving to the survivor', async () => {
    const { query } = await curatedApp();
    expect(await maxwells(query)).toEqual(['Tim Maxwell 2', 'Timothy Maxwell 1']);
    const [tim, timothy] = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    const reply = await query(MERGE, { ids: [tim, timothy] });
    expect(reply.body).toEqual({
      data: {
        mergeAuthors: {
          graphVersion: 1,
          author: {
            id: tim,
            name: 'Tim Maxwell',
            paperCount: 3,
            aliases: [{ name: 'Tim Maxwell' }, { name: 'Timothy Maxwell' }],
            identity: [{ spelling: 'Timothy Maxwell', joinedTo: 'Tim Maxwell', rule: 'OVERRIDE' }],
          },
          userErrors: [],
        },
      },
      extensions: { graphVersion: 1, cost: expect.any(Number) },
    });
    expect(await maxwells(query)).toEqual(['Tim Maxwell 3']);
    const redirected = await query('query($id: ID!) { node(id: $id) { id ... on Author { name } } }', { id: timothy });
    expect(redirected.body.data).toEqual({ node: { id: tim, name: 'Tim Maxwell' } });
  });

  it('records who merged and when as the evidence of the join', async () => {
    const { query } = await curatedApp();
    await query(MERGE, { ids: [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')] });
    const { evidence } = (dataOf(await query('{ author(name: "Tim Maxwell") { identity { evidence } } }')).author!['identity'] as { evidence: string }[])[0]!;
    expect(evidence).toMatch(/^merged by alice at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
  });

  it('refuses Dario and Daniela Amodei, naming the paper they share, and changes nothing', async () => {
    const { query } = await curatedApp();
    const reply = await query(MERGE, { ids: [await idOf(query, 'Dario Amodei'), await idOf(query, 'Daniela Amodei')] });
    expect(dataOf(reply).mergeAuthors).toEqual({
      graphVersion: 0,
      author: null,
      userErrors: [
        {
          field: 'ids[1]',
          message: '"Dario Amodei" and "Daniela Amodei" are both authors of "Discovering Language Model Behaviors with Model-Written Evaluations" (arxiv:2212.09251), so they are two people.',
          code: 'SAME_PAPER',
        },
      ],
    });
    expect(reply.body.extensions?.['graphVersion']).toBe(0);
  });

  it('refuses an unknown id and a single author with user errors', async () => {
    const { query } = await curatedApp();
    const tim = await idOf(query, 'Tim Maxwell');
    const paper = ((await query('{ papers(first: 1) { edges { node { id } } } }')).body.data as { papers: { edges: { node: { id: string } }[] } }).papers.edges[0]!.node.id;
    expect(dataOf(await query(MERGE, { ids: [tim, paper] })).mergeAuthors!['userErrors']).toEqual([
      { field: 'ids[1]', message: 'No author has the id at ids[1] in the current graph.', code: 'NOT_FOUND' },
    ]);
    expect(dataOf(await query(MERGE, { ids: [tim, tim] })).mergeAuthors!['userErrors']).toEqual([
      { field: 'ids', message: 'A merge needs the ids of at least two different authors.', code: 'TOO_FEW_AUTHORS' },
    ]);
  });

  it('refuses with CONFLICT when the graph has moved past expectedVersion', async () => {
    const { query } = await curatedApp();
    const ids = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    expect(dataOf(await query(MERGE, { ids, v: 1 })).mergeAuthors).toEqual({
      graphVersion: 0,
      author: null,
      userErrors: [{ field: 'expectedVersion', message: 'The graph is at version 0, not 1: read it again and decide anew.', code: 'CONFLICT' }],
    });
    expect(dataOf(await query(MERGE, { ids, v: 0 })).mergeAuthors!['graphVersion']).toBe(1);
  });

  it('asks for a collection as it starts, which gives back the arrays of the graphs before it; a refused merge asks for none', async () => {
    const { query } = await curatedApp();
    const ids = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    const collect = vi.spyOn(changeArrays, 'collect');
    try {
      expect(dataOf(await query(MERGE, { ids: [ids[0], ids[0]] })).mergeAuthors!['graphVersion']).toBe(0);
      expect(collect).toHaveBeenCalledTimes(0);
      expect(dataOf(await query(MERGE, { ids })).mergeAuthors!['graphVersion']).toBe(1);
      expect(collect).toHaveBeenCalledTimes(1);
    } finally {
      collect.mockRestore();
    }
  });
});

describe('a change and the reads beside it', () => {
  it('answers its writer once the reads that came as it was served are answered', async () => {
    const { query, curator } = await curatedApp();
    const ids = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    const order: string[] = [];
    // A read that arrives as the merged graph is served, answered 20 ms later.
    const stopWatching = curator.watch(() => {
      const end = foreground.begin();
      setTimeout(() => {
        order.push('read answered');
        end();
      }, 20);
    });
    try {
      expect(dataOf(await query(MERGE, { ids })).mergeAuthors!['graphVersion']).toBe(1);
      order.push('writer answered');
    } finally {
      stopWatching();
    }
    expect(order).toEqual(['read answered', 'writer answered']);
  });
});

describe('splitAuthor', () => {
  it('splits Timothy Maxwell off again, restoring two authors', async () => {
    const { query } = await curatedApp();
    const tim = await idOf(query, 'Tim Maxwell');
    await query(MERGE, { ids: [tim, await idOf(query, 'Timothy Maxwell')] });
    expect(dataOf(await query(SPLIT, { id: tim, s: ['Timothy Maxwell'] })).splitAuthor).toEqual({
      graphVersion: 2,
      authors: [
        { name: 'Tim Maxwell', paperCount: 2 },
        { name: 'Timothy Maxwell', paperCount: 1 },
      ],
      userErrors: [],
    });
    expect(await maxwells(query)).toEqual(['Tim Maxwell 2', 'Timothy Maxwell 1']);
  });

  it('refuses a spelling that is not the author’s, and one that is all of them', async () => {
    const { query } = await curatedApp();
    const tim = await idOf(query, 'Tim Maxwell');
    expect(dataOf(await query(SPLIT, { id: tim, s: ['Timothy Maxwell'] })).splitAuthor!['userErrors']).toEqual([
      { field: 'spellings[0]', message: '"Timothy Maxwell" is not a spelling of Tim Maxwell, whose spellings are "Tim Maxwell".', code: 'NOT_A_SPELLING' },
    ]);
    expect(dataOf(await query(SPLIT, { id: tim, s: ['Tim Maxwell'] })).splitAuthor!['userErrors']).toEqual([
      { field: 'spellings', message: 'Name some but not all of the spellings of Tim Maxwell to split off.', code: 'ALL_SPELLINGS' },
    ]);
  });
});

describe('curation over merging identity', () => {
  it('splits a spelling the nickname rule joined, keeps it apart, and joins it again by a merge', async () => {
    const { query } = await curatedApp(undefined, 'merge');
    expect(await maxwells(query)).toEqual(['Tim Maxwell 3']);
    const tim = await idOf(query, 'Tim Maxwell');
    expect(dataOf(await query(SPLIT, { id: tim, s: ['Timothy Maxwell'] })).splitAuthor!['authors']).toEqual([
      { name: 'Tim Maxwell', paperCount: 2 },
      { name: 'Timothy Maxwell', paperCount: 1 },
    ]);
    expect(await maxwells(query)).toEqual(['Tim Maxwell 2', 'Timothy Maxwell 1']);
    const merged = dataOf(await query(MERGE, { ids: [tim, await idOf(query, 'Timothy Maxwell')] })).mergeAuthors!['author'] as Record<string, unknown>;
    expect([merged['id'], merged['paperCount'], merged['identity']]).toEqual([tim, 3, [{ spelling: 'Timothy Maxwell', joinedTo: 'Tim Maxwell', rule: 'OVERRIDE' }]]);
  });
});

describe('curation of a spelling identity split into several people', () => {
  const LI_WU = tempFile('li-wu.jsonl', LI_WU_RECORDS.map((record) => JSON.stringify(record)).join('\n'));
  const splitApp = () => curatedApp(undefined, 'merge', LI_WU);
  const WUS = '{ authors(search: "wu") { edges { node { name disambiguator paperCount } } } }';
  const wus = async (query: Query) =>
    ((await query(WUS)).body.data as { authors: { edges: { node: { name: string; disambiguator: string | null; paperCount: number } }[] } }).authors.edges.map(
      ({ node }) => `${node.name}${node.disambiguator === null ? '' : ` ${node.disambiguator}`}: ${node.paperCount}`,
    );

  it('refuses a merge naming only some of the people, naming the spelling and its people, and changes nothing', async () => {
    const { query } = await splitApp();
    expect(dataOf(await query(MERGE, { ids: [await idOf(query, 'Li Wu 0001'), await idOf(query, 'Mei Wu')] })).mergeAuthors).toEqual({
      graphVersion: 0,
      author: null,
      userErrors: [
        {
          field: 'ids',
          message:
            '"Li Wu" was split into 2 people told apart by their papers: "Li Wu 0001", "Li Wu 0002". ' +
            'A merge joins spellings, so it would join them all: add the id of "Li Wu 0002" to make them one person, or leave "Li Wu" out.',
          code: 'HOMONYM_SPLIT',
        },
      ],
    });
    expect(await wus(query)).toEqual(['Li Wu 0001: 3', 'Li Wu 0002: 2', 'Mei Wu: 1']);
  });

  it('merges all the people of the spelling into one, with the spellings the rules join to it', async () => {
    const { query } = await splitApp();
    const ids = [await idOf(query, 'Li Wu 0002'), await idOf(query, 'Li Wu 0001')];
    const { mergeAuthors } = dataOf(await query(MERGE, { ids }));
    expect(mergeAuthors).toEqual({
      graphVersion: 1,
      author: {
        id: (mergeAuthors!['author'] as { id: string }).id,
        name: 'Li Wu',
        paperCount: 5,
        aliases: [{ name: 'Li Wu' }, { name: 'L. Wu' }],
        identity: [{ spelling: 'L. Wu', joinedTo: 'Li Wu', rule: 'OVERRIDE' }],
      },
      userErrors: [],
    });
    expect(await wus(query)).toEqual(['Li Wu: 5', 'Mei Wu: 1']);
  });

  it('refuses to split spellings off one of the people, saying what to do instead, and changes nothing', async () => {
    const { query } = await splitApp();
    expect(dataOf(await query(SPLIT, { id: await idOf(query, 'Li Wu 0001'), s: ['L. Wu'] })).splitAuthor).toEqual({
      graphVersion: 0,
      authors: null,
      userErrors: [
        {
          field: 'id',
          message:
            '"Li Wu" was split into 2 people told apart by their papers: "Li Wu 0001", "Li Wu 0002". ' +
            'A split names spellings, and "Li Wu" would name them all, regrouping their papers by spelling: ' +
            'merge all of them first (mergeAuthors) and split that person, or give one person\'s papers a homonym number ("Li Wu 0001") with updatePaper.',
          code: 'HOMONYM_SPLIT',
        },
      ],
    });
    expect(await wus(query)).toEqual(['Li Wu 0001: 3', 'Li Wu 0002: 2', 'Mei Wu: 1']);
  });
});

describe('addPapers', () => {
  it('adds a paper whose authors then have it and each other', async () => {
    const { query } = await curatedApp();
    const paper = { title: 'On Curation', published: '2024-05-01', year: 2024, authors: ['Tim Maxwell', 'Ann Ames'] };
    expect(dataOf(await query(ADD, { p: [paper] })).addPapers).toEqual({
      graphVersion: 1,
      papers: [{ title: 'On Curation', year: 2024, authors: { totalCount: 2 } }],
      userErrors: [],
    });
    const ann = dataOf(await query('{ author(name: "Ann Ames") { paperCount coauthors { edges { node { name } } } } }')).author;
    expect(ann).toEqual({ paperCount: 1, coauthors: { edges: [{ node: { name: 'Tim Maxwell' } }] } });
    expect(await maxwells(query)).toEqual(['Tim Maxwell 3', 'Timothy Maxwell 1']);
  });

  it('refuses a byline naming one merged person twice', async () => {
    const { query } = await curatedApp();
    await query(MERGE, { ids: [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')] });
    expect(dataOf(await query(ADD, { p: [{ title: 'Twice over', authors: ['Timothy Maxwell', 'Ann Ames', 'Tim Maxwell'] }] })).addPapers!['userErrors']).toEqual([
      {
        field: 'papers[0].authors[2]',
        message: 'papers[0]: "Timothy Maxwell" at authors[0] and "Tim Maxwell" at authors[2] are one person, Tim Maxwell: list them once',
        code: 'INVALID_PAPER',
      },
    ]);
  });

  it('refuses an impossible date, an empty name and a repeated author with the importer’s messages, adding nothing', async () => {
    const { query } = await curatedApp();
    const reply = await query(ADD, {
      p: [
        { title: 'Fine', authors: ['Ann Ames'] },
        { title: 'Bad month', published: '2024-13-01', authors: ['Ann Ames'] },
        { title: 'Empty name', authors: ['Ann Ames', ' '] },
        { title: 'Twice', authors: ['Ann Ames', 'Bo Berg', 'Ann Ames'] },
      ],
    });
    expect(dataOf(reply).addPapers).toEqual({
      graphVersion: 0,
      papers: null,
      userErrors: [
        { field: 'papers[1].published', message: 'papers[1]: field "published" must be a real calendar date, got "2024-13-01" (no such day)', code: 'INVALID_PAPER' },
        { field: 'papers[2].authors[1]', message: 'papers[2]: authors[1] must be a non-empty name, got " "', code: 'INVALID_PAPER' },
        {
          field: 'papers[3].authors[2]',
          message: 'papers[3]: expected each author once per paper, got "Ann Ames" at authors[0] and "Ann Ames" at authors[2]',
          code: 'INVALID_PAPER',
        },
      ],
    });
    expect(dataOf(await query('{ papers { totalCount } }')).papers).toEqual({ totalCount: 6 });
  });
});

describe('updatePaper and removePaper', () => {
  const UPDATE = 'mutation($id: ID!, $p: PaperInput!) { updatePaper(input: { id: $id, paper: $p }) { graphVersion paper { id title authors { totalCount } } userErrors { field message code } } }';
  const REMOVE = 'mutation($id: ID!) { removePaper(input: { id: $id }) { graphVersion removedId userErrors { field message code } } }';
  const paperIds = async (query: Query) =>
    ((await query('{ papers(orderBy: TITLE) { edges { node { id title } } } }')).body.data as { papers: { edges: { node: { id: string; title: string } }[] } }).papers.edges.map(({ node }) => node);

  it('replaces a paper’s content under the same id', async () => {
    const { query } = await curatedApp();
    const [first] = await paperIds(query);
    const reply = await query(UPDATE, { id: first!.id, p: { title: 'A Better Title', published: '2023-12-01', year: 2023, authors: ['Ann Ames', 'Tim Maxwell'] } });
    expect(dataOf(reply).updatePaper).toEqual({ graphVersion: 1, paper: { id: first!.id, title: 'A Better Title', authors: { totalCount: 2 } }, userErrors: [] });
    expect((await paperIds(query)).map((paper) => paper.title)).toContain('A Better Title');
    expect((await paperIds(query)).map((paper) => paper.title)).not.toContain(first!.title);
  });

  it('removes a paper, and with it an author who had no other', async () => {
    const { query } = await curatedApp();
    const papers = await paperIds(query);
    const bai = '{ author(name: "Yuntao Bai") { paperCount } }';
    const before = (dataOf(await query(bai)).author as { paperCount: number }).paperCount;
    const constitutional = papers.find((paper) => paper.title.startsWith('Constitutional AI'))!;
    expect(dataOf(await query(REMOVE, { id: constitutional.id })).removePaper).toEqual({ graphVersion: 1, removedId: constitutional.id, userErrors: [] });
    expect(await paperIds(query)).toHaveLength(papers.length - 1);
    expect((dataOf(await query(bai)).author as { paperCount: number }).paperCount).toBe(before - 1);
  });

  it('refuses an unknown paper and a defective record with user errors', async () => {
    const { query } = await curatedApp();
    const [first] = await paperIds(query);
    const tim = await idOf(query, 'Tim Maxwell');
    expect(dataOf(await query(REMOVE, { id: tim })).removePaper!['userErrors']).toEqual([{ field: 'id', message: 'No paper has this id in the current graph.', code: 'NOT_FOUND' }]);
    expect(dataOf(await query(UPDATE, { id: first!.id, p: { authors: [] } })).updatePaper!['userErrors']).toEqual([
      { field: 'paper.authors', message: 'paper: field "authors" must list at least one author, got an empty array', code: 'INVALID_PAPER' },
    ]);
  });
});

describe('write access', () => {
  it('refuses a mutation without a token with 401 UNAUTHENTICATED, and one with a wrong token with 403 FORBIDDEN, changing nothing', async () => {
    const { query } = await curatedApp();
    const ids = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    const anonymous = await query(MERGE, { ids }, {});
    expect([anonymous.status, anonymous.body.errors?.map((error) => [error.extensions?.['code'], error.message])]).toEqual([
      401,
      [['UNAUTHENTICATED', 'A mutation needs `Authorization: Bearer TOKEN` with a write token.']],
    ]);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await query(MERGE, { ids }, { authorization: 'Bearer guessed' });
    expect([wrong.status, wrong.body.errors?.map((error) => error.extensions?.['code'])]).toEqual([403, ['FORBIDDEN']]);
    expect(JSON.stringify(wrong.body)).not.toContain('guessed');
    expect(await maxwells(query)).toEqual(['Tim Maxwell 2', 'Timothy Maxwell 1']);
  });

  it('refuses every mutation with 403 READ_ONLY on a server without write tokens, and says so in the schema', async () => {
    const curator = await openCurator(tempFile('read-only.db', ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const { post } = appClient({ graph: () => curator.graph, jit: true });
    const reply = await post({ query: 'mutation { addPapers(input: { papers: [{ authors: ["Ann Ames"] }] }) { graphVersion } }' }, AS_ALICE);
    expect([reply.status, reply.body.errors?.map((error) => error.extensions?.['code'])]).toEqual([403, ['READ_ONLY']]);
    const description = await post({ query: '{ __type(name: "Mutation") { description } }' });
    expect((description.body.data as { __type: { description: string } }).__type.description).toContain('read-only');
  });

  it('runs no mutation sent by GET', async () => {
    const curator = await openCurator(tempFile('get.db', ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const { yoga } = appClient({ graph: () => curator.graph, curator: () => curator, writeTokens: WriteTokens.read(tokensFile), jit: true });
    const query = encodeURIComponent('mutation { addPapers(input: { papers: [{ authors: ["Ann Ames"] }] }) { graphVersion } }');
    const response = await yoga.fetch(`http://yoga/graphql?query=${query}`, { headers: { accept: 'application/json', ...AS_ALICE } });
    expect(response.status).toBe(405);
    expect(curator.versionOf(curator.graph)).toBe(0);
  });

  it('refuses a mutation in a form-like POST without the CSRF header', async () => {
    const curator = await openCurator(tempFile('csrf.db', ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const { yoga } = appClient({ graph: () => curator.graph, curator: () => curator, writeTokens: WriteTokens.read(tokensFile), jit: true });
    const body = JSON.stringify({ query: 'mutation { addPapers(input: { papers: [{ authors: ["Ann Ames"] }] }) { graphVersion } }' });
    const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'text/plain', ...AS_ALICE }, body });
    expect([response.status, ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]).toEqual([403, 'CSRF_HEADER_REQUIRED']);
    expect(curator.versionOf(curator.graph)).toBe(0);
  });

  it('refuses a tokens file with a bad line, naming file and line', () => {
    const file = tempFile('bad-tokens', '# ok\nalice 1234\n');
    expect(() => WriteTokens.read(file)).toThrow(`${file}:2: expected "NAME SHA256-HEX-OF-TOKEN" (a name, a space, 64 hex digits)`);
  });
});

describe('CORS', () => {
  const LAB = 'https://lab.example.org';
  async function corsApp() {
    const curator = await openCurator(tempFile(`cors-${++stores}.db`, ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const { yoga } = appClient({ graph: () => curator.graph, curator: () => curator, writeTokens: WriteTokens.read(tokensFile), corsOrigins: [LAB], jit: true });
    const preflight = (origin: string) =>
      yoga.fetch('http://yoga/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const mutate = (origin: string) =>
      yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', ...AS_ALICE },
        body: JSON.stringify({ query: `mutation { addPapers(input: { papers: [{ title: "From ${origin}", authors: ["Ann Ames"] }] }) { graphVersion } }` }),
      });
    return { preflight, mutate };
  }
  const corsHeaders = (response: Response) => ['allow-origin', 'allow-credentials', 'max-age'].map((name) => response.headers.get(`access-control-${name}`));

  it('lets any origin read without credentials, and a listed one with them, for ten minutes', async () => {
    const { preflight } = await corsApp();
    expect(corsHeaders(await preflight('https://elsewhere.example'))).toEqual(['https://elsewhere.example', null, '600']);
    expect(corsHeaders(await preflight(LAB))).toEqual([LAB, 'true', '600']);
  });

  it('takes mutations from the server’s own origin and a listed one, and refuses others with 403 FORBIDDEN', async () => {
    const { mutate } = await corsApp();
    const foreign = await mutate('https://elsewhere.example');
    expect([foreign.status, ((await foreign.json()) as { errors: { message: string }[] }).errors[0]!.message]).toEqual([
      403,
      "Mutations are taken from this server's own origin and those --cors-origin lists, not from https://elsewhere.example.",
    ]);
    expect([(await mutate('http://yoga')).status, (await mutate(LAB)).status]).toEqual([200, 200]);
  });

  it('refuses a --cors-origin that is not an origin', () => {
    expect(() => readConfig(['--cors-origin', 'https://lab.example.org/'], {})).toThrow(
      '--cors-origin must be an origin such as https://lab.example.org or http://localhost:5173 (scheme, host, port; no path or trailing slash), got "https://lab.example.org/"',
    );
  });
});

describe('graphChanged', () => {
  it('pushes the new version and the touched ids over Server-Sent Events after a merge', async () => {
    const curator = await openCurator(tempFile(`sse-${++stores}.db`, ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const { yoga, post } = appClient({ graph: () => curator.graph, curator: () => curator, writeTokens: WriteTokens.read(tokensFile), jit: true });
    const stop = new AbortController();
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { version authors papers } }' }),
      signal: stop.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const query = (text: string, variables: Record<string, unknown> = {}) => post({ query: text, variables }, AS_ALICE);
    const ids = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    await query(MERGE, { ids });
    let text = '';
    while (!text.includes('data:')) text += (await reader.read()).value ?? '';
    stop.abort();
    const event = JSON.parse(/data: (.*)/u.exec(text)![1]!) as unknown;
    expect(event).toEqual({ data: { graphChanged: { version: 1, authors: ids, papers: [] } } });
  });
});

describe('mergeAuthors with a name', () => {
  const NAMED = 'mutation($ids: [ID!]!, $name: String) { mergeAuthors(input: { ids: $ids, name: $name }) { graphVersion author { id name paperCount } userErrors { field message code } } }';

  it('shows the merged person by the name sent, in the next request and after a restart', async () => {
    const first = await curatedApp();
    const [tim, timothy] = [await idOf(first.query, 'Tim Maxwell'), await idOf(first.query, 'Timothy Maxwell')];
    expect(dataOf(await first.query(NAMED, { ids: [tim, timothy], name: 'Timothy J. Maxwell' })).mergeAuthors).toEqual({
      graphVersion: 1,
      author: { id: tim, name: 'Timothy J. Maxwell', paperCount: 3 },
      userErrors: [],
    });
    expect(await maxwells(first.query)).toEqual(['Timothy J. Maxwell 3']);
    const second = await curatedApp(first.store);
    expect(await maxwells(second.query)).toEqual(['Timothy J. Maxwell 3']);
    expect((await second.query(`{ node(id: "${timothy}") { ... on Author { name paperCount } } }`)).body.data).toEqual({ node: { name: 'Timothy J. Maxwell', paperCount: 3 } });
    const network = await second.query(`{ network(center: ["${tim}"], depth: 0) { nodes { label } } }`);
    expect(network.body.data).toEqual({ network: { nodes: [{ label: 'Timothy J. Maxwell' }] } });
  });

  it('finds the merged person by the name sent and by their spellings, searches and orders them by it, and exports it, after a restart too', async () => {
    const first = await curatedApp();
    const [tim, timothy] = [await idOf(first.query, 'Tim Maxwell'), await idOf(first.query, 'Timothy Maxwell')];
    await first.query(NAMED, { ids: [tim, timothy], name: 'Timothy J. Maxwell' });
    const second = await curatedApp(first.store);
    for (const { query, curator } of [first, second]) {
      expect(dataOf(await query('{ author(name: "Timothy J. Maxwell") { id name paperCount } }')).author).toEqual({ id: tim, name: 'Timothy J. Maxwell', paperCount: 3 });
      expect([await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell'), await idOf(query, 'timothy j maxwell')]).toEqual([tim, tim, tim]);
      expect(dataOf(await query('{ authors(search: "timothy j") { edges { node { id } } } }')).authors).toEqual({ edges: [{ node: { id: tim } }] });
      const found = await query('{ search(query: "Timothy J. Maxwell", first: 1) { edges { exactMatch node { ... on Author { id } } } } }');
      expect(found.body.data).toEqual({ search: { edges: [{ exactMatch: true, node: { id: tim } }] } });
      // 102 authors in name order; the merged person sorts as "timothy j. maxwell", between Thomas I. Liao and Timothy Telleen-Lawton.
      expect(await lastNames(query)).toEqual([
        102,
        ['Thomas Henighan', 'Thomas I. Liao', 'Timothy J. Maxwell', 'Timothy Telleen-Lawton', 'Tom Brown', 'Tom Conerly', 'Tom Henighan', 'Tristan Hume', 'Venkatesa Chandrasekaran', 'Yuntao Bai', 'Zac Hatfield-Dodds', 'Zachary Witten'],
      ]);
      const [maxwell, ansh] = ['Timothy J. Maxwell', 'Ansh Radhakrishnan'].map((name) => curator.graph.authorsByName(name)[0]!);
      const network = collaborationNetwork(curator.graph, [maxwell!, ansh!], { depth: 0, maxNodes: 2, minCollaborations: 1, includePapers: false, budget: VisitBudget.unlimited() });
      expect(toCsv(network).split('\r\n').map((row) => row.split(',').slice(2).join(','))).toEqual([
        'Weight,FirstYear,LastYear,SourceLabel,TargetLabel',
        '3,2023,2024,Ansh Radhakrishnan,Timothy J. Maxwell',
        '',
      ]);
    }
  });

  it('moves the merged person to where the name sent sorts in the name order', async () => {
    const { query } = await curatedApp();
    await query(NAMED, { ids: [await idOf(query, 'Tom Henighan'), await idOf(query, 'Thomas Henighan')], name: 'Thomas J. Henighan' });
    // Neither "thomas henighan" (before Thomas I. Liao) nor "tom henighan" (after Tom Conerly): "thomas j. henighan".
    expect(await lastNames(query)).toEqual([
      102,
      ['Thomas I. Liao', 'Thomas J. Henighan', 'Tim Maxwell', 'Timothy Maxwell', 'Timothy Telleen-Lawton', 'Tom Brown', 'Tom Conerly', 'Tristan Hume', 'Venkatesa Chandrasekaran', 'Yuntao Bai', 'Zac Hatfield-Dodds', 'Zachary Witten'],
    ]);
  });

  it('keeps the name through a later merge without one, and drops it when the person is split', async () => {
    const { query } = await curatedApp();
    const [tim, timothy] = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    await query(NAMED, { ids: [tim, timothy], name: 'Timothy J. Maxwell' });
    await query(ADD, { p: [{ title: 'Alone', authors: ['T. J. Maxwell'] }] });
    expect(dataOf(await query(NAMED, { ids: [tim, await idOf(query, 'T. J. Maxwell')] })).mergeAuthors!['author']).toEqual({ id: tim, name: 'Timothy J. Maxwell', paperCount: 4 });
    await query(SPLIT, { id: tim, s: ['Timothy Maxwell'] });
    expect(await maxwells(query)).toEqual(['Tim Maxwell 3', 'Timothy Maxwell 1']);
    expect((await query('{ author(name: "Timothy J. Maxwell") { id } }')).body.errors?.map(({ extensions }) => extensions?.['code'])).toEqual(['NOT_FOUND']);
  });

  it('refuses a blank name, one with a control character or surrounding spaces, naming the field, and merges nothing', async () => {
    const { query } = await curatedApp();
    const ids = [await idOf(query, 'Tim Maxwell'), await idOf(query, 'Timothy Maxwell')];
    const refusal = async (name: string) => dataOf(await query(NAMED, { ids, name })).mergeAuthors;
    expect(await refusal('  ')).toEqual({
      graphVersion: 0,
      author: null,
      userErrors: [{ field: 'name', message: 'The name "  " is blank: give the name to show, or leave `name` out to keep the most used spelling.', code: 'INVALID_NAME' }],
    });
    expect((await refusal('Tim\nMaxwell'))!['userErrors']).toEqual([
      { field: 'name', message: 'The name "Tim\\nMaxwell" contains a control character (a line break, tab, escape or bidi control): send the name as plain text.', code: 'INVALID_NAME' },
    ]);
    expect((await refusal(' Tim Maxwell'))!['userErrors']).toEqual([{ field: 'name', message: 'The name " Tim Maxwell" begins or ends with a space: send it without.', code: 'INVALID_NAME' }]);
    expect(await maxwells(query)).toEqual(['Tim Maxwell 2', 'Timothy Maxwell 1']);
  });
});

describe('durability', () => {
  it('answers after a restart on the same store as before it', async () => {
    const first = await curatedApp();
    const [tim, timothy] = [await idOf(first.query, 'Tim Maxwell'), await idOf(first.query, 'Timothy Maxwell')];
    await first.query(MERGE, { ids: [tim, timothy] });
    await first.query(ADD, { p: [{ title: 'On Curation', published: '2024-05-01', year: 2024, authors: ['Timothy Maxwell', 'Ann Ames'] }] });
    const asked = ['{ authors(search: "maxwell") { edges { node { id name paperCount coauthorCount } } } papers { totalCount } }', `{ node(id: "${timothy}") { id } }`];
    const before = await Promise.all(asked.map((text) => first.query(text).then((reply) => reply.body)));
    const second = await curatedApp(first.store);
    expect(await Promise.all(asked.map((text) => second.query(text).then((reply) => reply.body)))).toEqual(before);
    expect(before[0]!.data).toEqual({ authors: { edges: [{ node: { id: tim, name: 'Tim Maxwell', paperCount: 4, coauthorCount: expect.any(Number) } }] }, papers: { totalCount: 7 } });
    expect(before[1]!.data).toEqual({ node: { id: tim } });
    const store = openSqliteStore(first.store);
    expect((await store.changes()).map((entry) => [entry.version, entry.writer, entry.change.kind])).toEqual([
      [1, 'alice', 'mergeAuthors'],
      [2, 'alice', 'addPapers'],
    ]);
    store.close();
  });
});

describe('the settings', () => {
  it('refuses --write-tokens without --store, and --store with several workers', () => {
    expect(() => readConfig(['--write-tokens', tokensFile], {})).toThrow('--write-tokens needs --store FILE (env STORE): a change must be kept before it is acknowledged');
    expect(() => readConfig(['--store', 'x.db', '--workers', '2'], {})).toThrow(
      "--store serves from one process: each worker would hold its own graph and miss the others' changes; drop --workers 2 (a journal shared by replicas is not there yet)",
    );
    expect(readConfig(['--store', 'x.db'], { WRITE_TOKENS: tokensFile })?.workers).toBe(1);
  });

  it('refuses to keep a journal over a snapshot file, which has no records to rebuild from', async () => {
    const snapshot = tempFile('seed.snapshot', '');
    await writeSnapshot(await seedGraph(), snapshot);
    await expect(openCurator(tempFile('over-snapshot.db', ''), [snapshot], undefined, { identity: 'exact' })).rejects.toThrow(
      `--store rebuilds the graph from paper files at every change, and ${snapshot} is a snapshot: serve the paper files it was made from`,
    );
  });

  it('refuses a tokens file with a bad line at start, naming file and line', () => {
    const file = tempFile('bad-start-tokens', 'bob zz\n');
    expect(() => readConfig(['--store', 'x.db', '--write-tokens', file], {})).toThrow(`--write-tokens: ${file}:1: expected "NAME SHA256-HEX-OF-TOKEN"`);
  });

  it('keeps an acknowledged change through a SIGKILL of the server process', async () => {
    const store = tempFile('killed.db', '');
    const args = ['--data', SEED_JSONL, '--identity', 'exact', '--store', store, '--write-tokens', tokensFile];
    const first = await startListening(args);
    const post = (url: string, query: string, headers: Record<string, string> = {}) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }).then((response) => response.json());
    const added = await post(first.url, 'mutation { addPapers(input: { papers: [{ title: "Before the crash", authors: ["Ann Ames"] }] }) { graphVersion } }', AS_ALICE);
    expect(added).toEqual({ data: { addPapers: { graphVersion: 1 } }, extensions: { graphVersion: 1, cost: expect.any(Number) } });
    first.child.kill('SIGKILL');
    const second = await startListening(args);
    try {
      expect(second.log).toContain(`with 1 change from ${store}`);
      expect(await post(second.url, '{ author(name: "Ann Ames") { papers { edges { node { title } } } } }')).toMatchObject({
        data: { author: { papers: { edges: [{ node: { title: 'Before the crash' } }] } } },
        extensions: { graphVersion: 1 },
      });
    } finally {
      second.child.kill('SIGTERM');
    }
  });
});
