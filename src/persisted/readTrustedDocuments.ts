import { readFileSync } from 'node:fs';

/**
 * The allow-list of trusted documents in `file`: a JSON object from
 * document id (a hash) to query text, as GraphQL Code Generator's client
 * preset writes `persisted-documents.json`. Throws an error naming the file
 * and the entry when it is not such an object.
 *
 * @example readTrustedDocuments('persisted-documents.json').get('5b1f…') // 'query Author($name: String!) { … }'
 */
export function readTrustedDocuments(file: string): ReadonlyMap<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the trusted documents ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} must hold a JSON object from document id to query text, as persisted-documents.json does`);
  }
  const documents = new Map<string, string>();
  for (const [id, query] of Object.entries(parsed)) {
    if (typeof query !== 'string' || query.trim() === '') {
      throw new Error(`${file}: the document "${id}" must be a query text (a non-empty string), got ${JSON.stringify(query)}`);
    }
    documents.set(id, query);
  }
  if (documents.size === 0) throw new Error(`${file} lists no documents, so the server would refuse every operation`);
  return documents;
}
