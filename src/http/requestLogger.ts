import type { YogaLogger } from 'graphql-yoga';
import { currentRequestId } from './currentRequestId.ts';

const tag = () => `[request ${currentRequestId() ?? '-'}]`;

/**
 * Yoga's log, each line tagged with the request it belongs to, so that the
 * id a client quotes from a masked error finds the stack trace.
 *
 * @example createYoga({ schema, logging: requestLogger })
 */
export const requestLogger: YogaLogger = {
  debug: () => undefined,
  info: (...args: unknown[]) => console.info(tag(), ...args),
  warn: (...args: unknown[]) => console.warn(tag(), ...args),
  error: (...args: unknown[]) => console.error(tag(), ...args),
};
