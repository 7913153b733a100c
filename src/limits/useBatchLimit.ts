import type { Plugin } from 'graphql-yoga';
import { refusal } from './refusal.ts';

/**
 * Refuses a batched request (a JSON array of operations) longer than
 * `limit`, or any batch when `limit` is 0, with BATCH_LIMIT_EXCEEDED.
 * Yoga's own `batching` option must allow `limit` for the rest to run.
 *
 * @example createYoga({ schema, batching: false, plugins: [useBatchLimit(0)] })
 */
export function useBatchLimit(limit: number): Plugin {
  return {
    onRequestParse: () => ({
      onRequestParseDone({ requestParserResult }) {
        if (!Array.isArray(requestParserResult) || requestParserResult.length <= limit) return;
        const count = requestParserResult.length;
        throw refusal(
          'BATCH_LIMIT_EXCEEDED',
          limit === 0
            ? `This server takes one operation per request (batching is off); send the ${count} operations as ${count} requests.`
            : `The request batches ${count} operations; the limit is ${limit}. Send them in several requests.`,
          { limit },
        );
      },
    }),
  };
}
