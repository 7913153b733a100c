import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { formatDocument, stringifyDocument } from '@urql/core';
import { buildSchema, type DocumentNode, introspectionFromSchema } from 'graphql';
import { defineConfig, type Plugin } from 'vite';
import * as queries from './src/graphql/queries.ts';
import * as uncachedQueries from './src/graphql/uncachedQueries.ts';

const SCHEMA_MODULE = 'virtual:schema-introspection';
const PERSISTED_MODULE = 'virtual:persisted-documents';

/**
 * The checked-in schema as introspection data, for graphcache: with it the
 * cache matches fragments on `NetworkNode` exactly instead of guessing (and
 * warning). Descriptions are left out; the cache does not read them.
 */
function schemaIntrospection(): Plugin {
  const schemaFile = new URL('../schema.graphql', import.meta.url);
  return {
    name: 'schema-introspection',
    resolveId: (id) => (id === SCHEMA_MODULE ? `\0${SCHEMA_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${SCHEMA_MODULE}`) return undefined;
      this.addWatchFile(schemaFile.pathname);
      const introspection = introspectionFromSchema(buildSchema(readFileSync(schemaFile, 'utf8')), { descriptions: false });
      return `export default ${JSON.stringify(introspection)};`;
    },
  };
}

/**
 * The page's documents as the server's `--persisted-only` file takes them
 * (`persisted-documents.json` in the build: SHA-256 of the text → text), and
 * for the page, text → SHA-256, so it can send the hash alone. The text is
 * what urql sends: the document with graphcache's `__typename`s, printed, or
 * as written for the client without a cache.
 */
function persistedDocuments(): Plugin {
  const texts = [
    ...Object.values(queries).map((document) => stringifyDocument(formatDocument(document as DocumentNode))),
    ...Object.values(uncachedQueries).map((document) => stringifyDocument(document as DocumentNode)),
  ];
  const documents = texts.map((text) => [createHash('sha256').update(text).digest('hex'), text] as const);
  return {
    name: 'persisted-documents',
    resolveId: (id) => (id === PERSISTED_MODULE ? `\0${PERSISTED_MODULE}` : undefined),
    load: (id) => (id === `\0${PERSISTED_MODULE}` ? `export default new Map(${JSON.stringify(documents.map(([hash, text]) => [text, hash]))});` : undefined),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source: `${JSON.stringify(Object.fromEntries(documents), null, 2)}\n` });
    },
  };
}

// The page is served by the GraphQL server under /explore (see src/http/useExplorerPage.ts), so its assets are too.
export default defineConfig({
  root: import.meta.dirname,
  base: '/explore/',
  plugins: [schemaIntrospection(), persistedDocuments()],
  build: { outDir: 'dist', emptyOutDir: true },
  worker: { format: 'es' },
});
