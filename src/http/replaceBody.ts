import type { FetchAPI } from 'graphql-yoga';

/**
 * `response` with `body` and `status` instead of its own, and its headers
 * with `changes` applied (`null` removes one). The headers are copied one by
 * one, under lower-case names: copied whole, a `Content-Type` set by Yoga
 * goes unseen by the new response, which then adds a second one.
 *
 * @example setResponse(replaceBody(response, compressed, fetchAPI, { status: 200, changes: { 'content-encoding': 'br' } }));
 */
export function replaceBody(
  response: Response,
  body: BodyInit | null,
  fetchAPI: FetchAPI,
  { status = response.status, changes = {} }: { status?: number; changes?: Readonly<Record<string, string | null>> } = {},
): Response {
  const headers = new fetchAPI.Headers();
  response.headers.forEach((value, name) => headers.append(name, value));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return new fetchAPI.Response(body, { status, headers });
}
