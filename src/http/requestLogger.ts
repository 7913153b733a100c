import type { YogaLogger } from 'graphql-yoga';
import { isHiddenCause } from './maskUnexpectedError.ts';

/**
 * Yoga's log. An error Yoga masked is left to `useRequestId`, which logs it
 * under the id the response carries; Yoga's own line for it could not say
 * which request it belongs to.
 *
 * @example createYoga({ schema, logging: requestLogger })
 */
export const requestLogger: YogaLogger = {
  debug: () => undefined,
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    if (!isHiddenCause(args[0])) console.error(...args);
  },
};
