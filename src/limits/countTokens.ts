import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * The lexical tokens of `text` (comments excluded, as the parser counts
 * them), counting no further than `max + 1` so a huge document costs no more
 * than a legal one. A syntax error ends the count; the parser reports it.
 *
 * @example countTokens('{ a b }', 1000) // 4
 */
export function countTokens(text: string, max: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}
