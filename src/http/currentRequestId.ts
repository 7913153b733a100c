import { AsyncLocalStorage } from 'node:async_hooks';

/** The id of the request being handled, carried across every await of its handling. */
export const requestIds = new AsyncLocalStorage<string>();

/**
 * The id of the request whose handling is running now; undefined outside one.
 *
 * @example console.error(`[request ${currentRequestId()}]`, error);
 */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}
