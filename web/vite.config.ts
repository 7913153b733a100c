import { readFileSync } from 'node:fs';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const SCHEMA_MODULE = 'virtual:schema-introspection';

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

// The page is served by the GraphQL server under /explore (see src/http/useExplorerPage.ts), so its assets are too.
export default defineConfig({
  root: import.meta.dirname,
  base: '/explore/',
  plugins: [schemaIntrospection()],
  build: { outDir: 'dist', emptyOutDir: true },
  worker: { format: 'es' },
});
