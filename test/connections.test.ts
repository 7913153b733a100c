import { describe, expect, it } from 'vitest';
import { askHealth, openConnection, untilClosed } from './support/rawHttp.ts';
import { startListening } from './support/runServer.ts';

describe('the connections the server holds', () => {
  it('are at most --max-connections: a third is closed while the first two still answer', async () => {
    const { url, child } = await startListening(['--max-connections', '2']);
    try {
      const [first, second] = [await openConnection(url), await openConnection(url)];
      expect([await askHealth(first), await askHealth(second)]).toEqual([200, 200]);
      const third = await openConnection(url);
      expect(await untilClosed(third)).toBe('');
      expect([await askHealth(first), await askHealth(second)]).toEqual([200, 200]);
      first.destroy();
      second.destroy();
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('are answered 408 and closed when a request takes longer than --request-timeout-ms to arrive', async () => {
    const { url, child } = await startListening(['--request-timeout-ms', '1000']);
    try {
      const slow = await openConnection(url);
      const closed = untilClosed(slow);
      // A body promised and never sent, as a client trickling its bytes would.
      slow.write('POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
      expect(await closed).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/u);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
