import { type GraphQLSchema, isObjectType } from 'graphql';

/**
 * Removes the resolvers of fields that only read a property of their parent
 * (`expose…` fields, and the `edges`, `pageInfo` and `node` fields of Relay
 * connections and edges), so that the executor reads the property itself:
 * graphql-jit then inlines a property access where it would otherwise call
 * a function, with three closures, per field per item. What the fields
 * answer does not change: the default resolver reads the same property.
 * Returns the schema it was given.
 *
 * @example export const schema = readPropertiesDirectly(builder.toSchema());
 */
export function readPropertiesDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = type.getFields();
    const isConnection = 'edges' in fields && 'pageInfo' in fields;
    const isEdge = 'cursor' in fields && 'node' in fields;
    for (const field of Object.values(fields)) {
      const exposed = field.extensions['pothosExposedField'] === field.name;
      const relayProperty = (isConnection && (field.name === 'edges' || field.name === 'pageInfo')) || (isEdge && field.name === 'node');
      if (exposed || relayProperty) field.resolve = undefined;
    }
  }
  return schema;
}
