import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/** The SDL checked in as `schema.graphql`: sorted, so diffs show real changes only. */
export function sortedSchemaText(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
