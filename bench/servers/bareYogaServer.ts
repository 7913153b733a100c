// The framework's floor for bench/http.ts: a Yoga app with one trivial field,
// logging off, answering `{ __typename }` on loopback.
// Usage (bench/http.ts starts it): node --import tsx bench/servers/bareYogaServer.ts
import { createYoga, createSchema } from 'graphql-yoga';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false, graphiql: false, landingPage: false });
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => console.log(`listening on ${(server.address() as AddressInfo).port}`));
