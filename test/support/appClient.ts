import { expect } from 'vitest';
import { createApp, type YogaOptions } from '../../src/yoga.ts';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    readonly data?: Record<string, unknown> | null;
    readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
    readonly extensions?: Record<string, unknown>;
  };
}

type Post = (body: unknown, headers?: Record<string, string>) => Promise<Reply>;

function poster(options: YogaOptions): { yoga: ReturnType<typeof createApp>; post: Post } {
  const yoga = createApp(options);
  const post: Post = async (body, headers = {}) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as Reply['body']) };
  };
  return { yoga, post };
}

/** A reply as compared across executors: request ids are fresh per request. */
const comparable = (reply: Reply) => ({
  status: reply.status,
  body: JSON.parse(JSON.stringify(reply.body, (key, value: unknown) => (key === 'requestId' ? '<id>' : value))) as unknown,
});

/**
 * The app built with `options`, and a function that POSTs a JSON body to its
 * GraphQL endpoint in process and returns status, headers and parsed body.
 * Unless `options.jit` is given, every post also runs on a twin app that
 * executes with graphql-js alone, and the two replies must be identical,
 * errors included: so every query of the tests checks that compiled
 * execution answers exactly as graphql-js does. Give `jit` to run once, as a
 * test that counts the graph's calls must.
 */
export function appClient(options: YogaOptions) {
  const compiled = poster(options);
  if (options.jit !== undefined) return compiled;
  const interpreted = poster({ ...options, jit: false });
  const post: Post = async (body, headers) => {
    const [reply, twin] = await Promise.all([compiled.post(body, headers), interpreted.post(body, headers)]);
    expect(comparable(reply), `graphql-jit and graphql-js answer ${JSON.stringify(body).slice(0, 200)} alike`).toEqual(comparable(twin));
    return reply;
  };
  return { yoga: compiled.yoga, post };
}

/** The codes of a reply's errors, in order. */
export const codesOf = (reply: Reply) => reply.body.errors?.map((error) => error.extensions?.['code']);
