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

/**
 * The app built with `options`, and a function that POSTs a JSON body to its
 * GraphQL endpoint in process and returns status, headers and parsed body.
 */
export function appClient(options: YogaOptions) {
  const yoga = createApp(options);
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
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

/** The codes of a reply's errors, in order. */
export const codesOf = (reply: Reply) => reply.body.errors?.map((error) => error.extensions?.['code']);
