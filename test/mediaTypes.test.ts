import { beforeAll, describe, expect, it } from 'vitest';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { appClient, codesOf } from './support/appClient.ts';
import { startListening } from './support/runServer.ts';
import { seedGraph } from './support/seedGraph.ts';

const COUNT = { query: '{ papers { totalCount } }' };
const ANSWER = { data: { papers: { totalCount: 6 } }, extensions: { cost: 1 } };
const ACCEPTED = 'application/json, application/graphql+json, application/graphql, application/x-www-form-urlencoded';

let graph: CoauthorGraph;
beforeAll(async () => (graph = await seedGraph()));
const post = (body: unknown, contentType: string) => appClient({ graph: () => graph }).post(body, { 'content-type': contentType });

describe('the media type of a POST body', () => {
  it('is read without regard to case, parameters kept', async () => {
    expect((await post(COUNT, 'APPLICATION/JSON')).body).toEqual(ANSWER);
    expect((await post(COUNT, 'Application/Json; charset=UTF-8')).body).toEqual(ANSWER);
  });

  it('when not one the server reads, is answered 415 with a coded error naming the types it reads', async () => {
    const reply = await post('<query/>', 'text/xml');
    expect([reply.status, reply.body]).toEqual([
      415,
      {
        errors: [
          {
            message: `A POST body must be one of ${ACCEPTED}; got \`text/xml\`.`,
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', requestId: reply.headers.get('x-request-id') },
          },
        ],
      },
    ]);
  });

  it('is checked after the body size: a large body of any type is a 413', async () => {
    const reply = await post('x'.repeat(DEFAULT_LIMITS.bodyBytes + 1), 'text/xml');
    expect([reply.status, codesOf(reply)]).toEqual([413, ['REQUEST_ENTITY_TOO_LARGE']]);
  });

  it('is read without regard to case over HTTP too', async () => {
    const { url, child } = await startListening([]);
    try {
      const ask = (contentType: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(COUNT) });
      const upper = await ask('APPLICATION/JSON');
      expect([upper.status, await upper.json()]).toEqual([200, ANSWER]);
      const xml = await ask('text/xml');
      expect([xml.status, xml.headers.get('content-type')]).toEqual([415, 'application/json; charset=utf-8']);
      expect(await xml.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
