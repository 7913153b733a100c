import { readFile } from 'node:fs/promises';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { sortedSchemaText } from '../src/schema/sortedSchemaText.ts';

describe('schema.graphql', () => {
  it('is exactly what the code builds (run `npm run schema:print` when this fails)', async () => {
    expect(await readFile('schema.graphql', 'utf8')).toBe(sortedSchemaText());
  });

  it('is sorted, so it diffs cleanly', async () => {
    const text = await readFile('schema.graphql', 'utf8');
    expect(text).toBe(`${printSchema(lexicographicSortSchema(buildSchema(text)))}\n`);
  });

  it('describes every type, field and argument', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
