import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga.ts';
import { seedGraph } from './support/seedGraph.ts';

const server = createServer();
let url = '';

beforeAll(async () => {
  const graph = await seedGraph();
  server.on('request', createApp({ graph: () => graph }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the GraphQL-over-HTTP audits of graphql-http, over loopback', () => {
  it('all pass: no error, warning or notice', async () => {
    const audits = serverAudits({ url: () => url });
    const failed: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${result.status}: ${audit.name}: ${result.reason}`);
    }
    expect(audits.length).toBeGreaterThanOrEqual(60);
    expect(failed).toEqual([]);
  });
});
