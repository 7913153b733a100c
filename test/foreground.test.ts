import { setTimeout as sleep } from 'node:timers/promises';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { foreground } from '../src/graph/store/steps/Foreground.ts';
import { runInSlices } from '../src/graph/store/steps/runInSlices.ts';
import { useForeground } from '../src/http/useForeground.ts';

/** Steps that note whether a request was under way at their first step. */
function* noting(order: string[]) {
  order.push(foreground.busy ? 'step beside a request' : 'step');
  yield;
  return order.length;
}

describe('steps give way to requests under way', () => {
  it('waits to start while a request is under way, and starts once it is answered', async () => {
    const order: string[] = [];
    const end = foreground.begin();
    setTimeout(() => {
      order.push('answered');
      end();
    }, 20);
    expect(await runInSlices(noting(order))).toBe(2);
    expect(order).toEqual(['answered', 'step']);
  });

  it('goes on beside a request that outlasts its longest pause, so that a stream of requests slows a change without stopping it', async () => {
    const order: string[] = [];
    const end = foreground.begin();
    try {
      expect(await runInSlices(noting(order))).toBe(1);
      expect(order).toEqual(['step beside a request']);
    } finally {
      end();
    }
  });

  it('no longer waits for a request under way for over 250 ms, as an event stream stays', async () => {
    const end = foreground.begin();
    try {
      expect(foreground.busy).toBe(true);
      await sleep(300);
      expect(foreground.busy).toBe(false);
    } finally {
      end();
    }
  });

  it('counts a read from its arrival to its answer, and a mutation only until it runs', async () => {
    const seen: string[] = [];
    const note = (field: string) => () => (seen.push(`${field}: ${foreground.busy ? 'foreground' : 'not foreground'}`), true);
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { read: Boolean } type Mutation { write: Boolean }', resolvers: { Query: { read: note('read') }, Mutation: { write: note('write') } } }),
      plugins: [useForeground()],
    });
    for (const query of ['{ read }', 'mutation { write }']) {
      const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(200);
      expect(foreground.busy).toBe(false);
    }
    expect(seen).toEqual(['read: foreground', 'write: not foreground']);
  });
});
