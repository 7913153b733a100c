import { type DocumentNode, Kind, MaxIntrospectionDepthRule, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { countTokens } from './countTokens.ts';
import type { Limits } from './Limits.ts';
import { measureOperation } from './measureOperation.ts';
import { refusal } from './refusal.ts';

/**
 * Refuses a document that is too large to handle: by bytes and tokens before
 * it is parsed, by depth, aliases, directives and introspection nesting
 * before it is validated. A refused document gets one error with its code,
 * and neither the full validation nor any resolver runs for it. None of these
 * depend on variables, so variables cannot get around them.
 *
 * @example createYoga({ schema, plugins: [useDocumentLimits(DEFAULT_LIMITS)] })
 */
export function useDocumentLimits(limits: Limits): Plugin {
  // Yoga hands the same parsed document to every request with the same text.
  const checked = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    onParse({ params: { source } }) {
      const text = typeof source === 'string' ? source : source.body;
      const bytes = Buffer.byteLength(text);
      if (bytes > limits.documentBytes) {
        throw refusal(
          'DOCUMENT_SIZE_LIMIT_EXCEEDED',
          `The query text is ${bytes} bytes; the limit is ${limits.documentBytes}. Send a shorter query, or split it into several.`,
          { limit: limits.documentBytes },
        );
      }
      if (countTokens(text, limits.tokens) > limits.tokens) {
        throw refusal(
          'TOKEN_LIMIT_EXCEEDED',
          `The query has more than ${limits.tokens} tokens (names, values and punctuation), the limit. Send a shorter query, or split it into several.`,
          { limit: limits.tokens },
        );
      }
    },
    onValidate({ params: { schema, documentAST }, setResult }) {
      let error = checked.get(documentAST);
      if (error === undefined) {
        error = structuralError(schema, documentAST, limits) ?? null;
        checked.set(documentAST, error);
      }
      if (error !== null) setResult([error]);
    },
  };
}

function structuralError(schema: GraphQLSchema, document: DocumentNode, limits: Limits): GraphQLError | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const { depth, aliases, directives } = measureOperation(document, definition);
    if (depth > limits.depth) {
      return refusal(
        'DEPTH_LIMIT_EXCEEDED',
        `The operation nests fields ${depth} levels deep; the limit is ${limits.depth}. ` +
          'Ask for fewer nested connections, or fetch the deeper part in a second query that starts from `node(id:)`.',
        { depth, limit: limits.depth },
      );
    }
    if (aliases > limits.aliases) {
      return refusal(
        'ALIAS_LIMIT_EXCEEDED',
        `The operation uses ${aliases} aliases (fragments counted where they are spread); the limit is ${limits.aliases}. ` +
          'Fetch many authors or papers at once with `nodes(ids:)` or a connection instead of aliased fields.',
        { aliases, limit: limits.aliases },
      );
    }
    if (directives > limits.directives) {
      return refusal(
        'DIRECTIVE_LIMIT_EXCEEDED',
        `The operation uses ${directives} directives (fragments counted where they are spread); the limit is ${limits.directives}. Remove repeated directives.`,
        { directives, limit: limits.directives },
      );
    }
  }
  // graphql-js's own rule, run first so that a circular introspection query gets a code.
  const [introspection] = validate(schema, document, [MaxIntrospectionDepthRule]);
  if (introspection !== undefined) {
    return refusal(
      'DEPTH_LIMIT_EXCEEDED',
      'The introspection query nests `fields`, `interfaces`, `possibleTypes` or `inputFields` more than 3 levels deep. ' +
        'Ask for the schema with the standard introspection query, or read schema.graphql.',
    );
  }
  return undefined;
}
