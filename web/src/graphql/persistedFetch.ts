/** A request body as urql's fetchExchange sends it. */
interface RequestBody {
  query?: string;
  extensions?: Record<string, unknown>;
}

function withHash(body: RequestBody, sha256Hash: string): RequestBody {
  return { ...body, extensions: { ...body.extensions, persistedQuery: { version: 1, sha256Hash } } };
}

/**
 * `fetch` for urql that sends a known document by its hash alone (Apollo's
 * automatic persisted queries), so the page works against a server run with
 * `--persisted-only` its build's `persisted-documents.json`. A server that
 * has not stored the document yet answers `PERSISTED_QUERY_NOT_FOUND`; the
 * text is then sent with its hash, once, for the server to store. A document
 * not in `hashes` is sent as text.
 *
 * @example new Client({ url: '/graphql', fetch: persistedFetch(hashes), exchanges })
 */
export function persistedFetch(hashes: ReadonlyMap<string, string>): typeof fetch {
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as RequestBody) : undefined;
    const hash = body?.query === undefined ? undefined : hashes.get(body.query);
    if (body === undefined || hash === undefined) return fetch(input, init);
    const answer = await fetch(input, { ...init, body: JSON.stringify(withHash({ ...body, query: undefined }, hash)) });
    const text = await answer.text();
    if (!isNotFound(text)) return new Response(text, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
    return fetch(input, { ...init, body: JSON.stringify(withHash(body, hash)) });
  };
}

/** Whether an answer is the server's `PersistedQueryNotFound`: it does not know the hash yet. */
function isNotFound(text: string): boolean {
  try {
    const { errors } = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
  } catch {
    return false;
  }
}
