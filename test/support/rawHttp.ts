import { connect, type Socket } from 'node:net';

export interface RawReply {
  /** The whole request went out: every write, the last included, done before the connection was reset or closed. */
  readonly written: boolean;
  /** Bytes of body written before the server closed the connection or the limit was reached. */
  readonly sent: number;
  /** The status of the first answer, 0 when none came. */
  readonly status: number;
  /** Everything the server sent. */
  readonly text: string;
}

/** The port of a `http://host:port` URL. */
const portOf = (url: string) => Number(new URL(url).port);

/** Opens a connection to the server at `url`; resolves once connected. */
export function openConnection(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(portOf(url), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * Writes `head` and then `chunk` again and again (as chunked-encoding chunks
 * when `chunked`), up to `bodyBytes`, before reading anything, as Python's
 * urllib does, then `after` (a next request, say); resolves with what the
 * server answered once it closes the connection (or, after the whole body,
 * once `quietMs` pass without data).
 */
export function writeBeforeReading(
  url: string,
  head: string,
  { chunk, bodyBytes, chunked = false, after = '', quietMs = 2_000 }: { chunk: Buffer; bodyBytes: number; chunked?: boolean; after?: string; quietMs?: number },
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(portOf(url), '127.0.0.1');
    const received: Buffer[] = [];
    let sent = 0;
    // A connection the server closes while this side waits for room to write ends with no error, but not every write done.
    let [reset, wroteAll] = [false, false];
    let quiet: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(quiet);
      socket.destroy();
      const text = Buffer.concat(received).toString('latin1');
      resolve({ written: wroteAll && !reset, sent, status: Number(/^HTTP\/1\.1 (\d{3})/u.exec(text)?.[1] ?? 0), text });
    };
    socket.on('data', (data) => received.push(data));
    socket.on('error', () => (reset = true));
    socket.on('close', finish);
    socket.write(head);
    const writeMore = () => {
      while (sent < bodyBytes && !socket.destroyed) {
        sent += chunk.length;
        const frame = chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
        if (!socket.write(frame)) {
          socket.once('drain', writeMore);
          return;
        }
      }
      if (socket.destroyed) return;
      socket.write(`${chunked ? '0\r\n\r\n' : ''}${after}`, (error) => {
        if (error) return;
        wroteAll = true;
        quiet = setTimeout(finish, quietMs);
      });
    };
    writeMore();
  });
}

/** The JSON body of a raw HTTP/1.1 answer with a Content-Length. */
export function jsonBodyOf(reply: RawReply): unknown {
  return JSON.parse(reply.text.slice(reply.text.indexOf('\r\n\r\n') + 4));
}

/** Sends `GET /healthz` on an open keep-alive connection and resolves with the answer's status. */
export function askHealth(socket: Socket): Promise<number> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (data: Buffer) => {
      text += data.toString('latin1');
      // The health answer has an empty chunked body.
      if (!text.endsWith('0\r\n\r\n')) return;
      socket.off('data', onData);
      resolve(Number(/^HTTP\/1\.1 (\d{3})/u.exec(text)?.[1] ?? 0));
    };
    socket.on('data', onData);
    socket.once('close', () => reject(new Error(`connection closed after ${JSON.stringify(text)}`)));
    socket.write('GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n');
  });
}

/** Resolves with everything the server sends on `socket` until it closes the connection. */
export function untilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (data: Buffer) => (text += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.once('close', () => resolve(text));
  });
}
