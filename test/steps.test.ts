import { once } from 'node:events';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { pickInSteps } from '../src/graph/store/steps/pickInSteps.ts';
import { runInSlices } from '../src/graph/store/steps/runInSlices.ts';
import { sortInSteps } from '../src/graph/store/steps/sortInSteps.ts';

// Enough items for several natively sorted runs and merge passes, with many ties.
const items = Array.from({ length: 40_000 }, (_, index) => ({ key: (index * 7919) % 1000, index }));
const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

describe('steps', () => {
  it('sorts in steps exactly as the stable native sort does, ties in their original order', () => {
    const sorted = runAtOnce(sortInSteps(items, byKey));
    expect(sorted).toEqual([...items].sort(byKey));
    expect(sorted.slice(0, 3)).toEqual([
      { key: 0, index: 0 },
      { key: 0, index: 1000 },
      { key: 0, index: 2000 },
    ]);
  });

  it('gives the same result in slices as at once, letting timers run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    function* slow() {
      const until = Date.now() + 100;
      while (Date.now() < until) yield;
      return yield* sortInSteps(items, byKey);
    }
    const sorted = await runInSlices(slow(), 5);
    clearInterval(timer);
    expect(sorted).toEqual(runAtOnce(sortInSteps(items, byKey)));
    expect(ticks).toBeGreaterThan(0);
  });

  it('lets the event loop turn before its first step, so that the request that started the steps is answered first', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('immediate'));
    function* steps() {
      order.push('first step');
      yield;
      return order.length;
    }
    expect(await runInSlices(steps())).toBe(2);
    expect(order).toEqual(['immediate', 'first step']);
  });

  it('reads a socket that became readable during the work before its first step, when started from a socket’s callback as a change is, by its request', async () => {
    const order: string[] = [];
    const { sockets, close } = await connectedPair();
    try {
      const [first, second] = sockets;
      const secondRead = new Promise<void>((resolve) => second.server.once('data', () => resolve(void order.push('second socket read'))));
      const started = new Promise<number>((resolve) => {
        first.server.once('data', () => {
          // Readable from now on, but the loop polls for it only after this callback.
          second.client.write('x');
          function* steps() {
            order.push('first step');
            yield;
            return order.length;
          }
          resolve(runInSlices(steps()));
        });
      });
      first.client.write('x');
      expect(await started).toBe(2);
      await secondRead;
      expect(order).toEqual(['second socket read', 'first step']);
    } finally {
      await close();
    }
  });

  it('picks the items at the indices of an order, in that order', () => {
    expect(runAtOnce(pickInSteps(['a', 'b', 'c'], Uint32Array.of(2, 0, 2)))).toEqual(['c', 'a', 'c']);
  });
});

/** A connection to a loopback server, as its two ends. */
interface Connection {
  readonly client: Socket;
  readonly server: Socket;
}

/** Two connections to a loopback server. */
async function connectedPair(): Promise<{ sockets: [Connection, Connection]; close: () => Promise<void> }> {
  const accepted: Socket[] = [];
  const server = createServer((socket) => accepted.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const clients: Socket[] = [];
  for (let k = 0; k < 2; k++) {
    const client = connect(port, '127.0.0.1');
    await once(client, 'connect');
    while (accepted.length <= k) await new Promise((resolve) => setImmediate(resolve));
    clients.push(client);
  }
  return {
    sockets: [
      { client: clients[0]!, server: accepted[0]! },
      { client: clients[1]!, server: accepted[1]! },
    ],
    close: async () => {
      for (const socket of [...clients, ...accepted]) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
