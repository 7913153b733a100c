declare module 'virtual:schema-introspection' {
  import type { IntrospectionQuery } from 'graphql';

  const introspection: IntrospectionQuery;
  export default introspection;
}

declare module 'virtual:persisted-documents' {
  /** Each document's text, as urql sends it, → its SHA-256 in hex: its id in the build's persisted-documents.json. */
  const hashes: ReadonlyMap<string, string>;
  export default hashes;
}
