import type { IdentityOverride, IdentityOverrides } from './IdentityOverrides.ts';
import { isJsonObject } from './isJsonObject.ts';
import { nameDefect } from './nameDefect.ts';
import { readJsonFile } from './readJsonFile.ts';

/**
 * Reads and checks an overrides file (JSON, see `IdentityOverrides`).
 * Errors name the file and the place in it: `overrides.json: same[2].reason: …`.
 *
 * @example const { same, distinct } = await readIdentityOverrides('overrides.json');
 */
export async function readIdentityOverrides(path: string): Promise<IdentityOverrides> {
  const value = await readJsonFile(path);
  const fail = (where: string, reason: string): never => {
    throw new Error(`${path}: ${where}: ${reason}`);
  };
  if (!isJsonObject(value)) return fail('top level', 'expected an object with "same" and "distinct" lists');
  const unknown = Object.keys(value).filter((key) => key !== 'same' && key !== 'distinct');
  if (unknown.length > 0) fail(unknown[0]!, 'unknown field; expected only "same" and "distinct"');
  return { same: readGroups(value['same'], 'same', fail), distinct: readGroups(value['distinct'], 'distinct', fail) };
}

function readGroups(value: unknown, field: string, fail: (where: string, reason: string) => never): IdentityOverride[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(field, 'expected a list of { "names": [...], "reason": "..." }');
  return value.map((group: unknown, index) => {
    const where = `${field}[${index}]`;
    if (!isJsonObject(group)) return fail(where, 'expected { "names": [...], "reason": "..." }');
    const { names, name, reason } = group;
    if (!Array.isArray(names) || names.length < 2 || !names.every((spelling) => typeof spelling === 'string' && spelling.trim() !== '')) {
      return fail(`${where}.names`, 'expected a list of at least two non-empty names');
    }
    if (typeof reason !== 'string' || reason.trim() === '') return fail(`${where}.reason`, 'expected a non-empty reason a person can read');
    if (name === undefined) return { names: names as string[], reason };
    if (field !== 'same') return fail(`${where}.name`, 'only a "same" group has a name, the one its person is shown by');
    if (typeof name !== 'string') return fail(`${where}.name`, 'expected the name to show the person by, as a string');
    const defect = nameDefect(name);
    if (defect !== undefined) return fail(`${where}.name`, `the name ${JSON.stringify(name)} ${defect}`);
    return { names: names as string[], name, reason };
  });
}
