import type { graphqlClient } from './graphqlClient.ts';

/** The global id of the author `name` names, through the API. */
export async function authorId(query: ReturnType<typeof graphqlClient>, name: string): Promise<string> {
  const { data, errors } = await query('query($name: String!) { author(name: $name) { id } }', { name });
  const id = (data as { author?: { id: string } } | null | undefined)?.author?.id;
  if (id === undefined) throw new Error(`no author named ${name}: ${JSON.stringify(errors)}`);
  return id;
}
