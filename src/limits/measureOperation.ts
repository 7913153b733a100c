import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The size of an operation as the structural limits see it. */
export interface OperationShape {
  /** Deepest field nesting; fragments add no level; an introspection field counts as one level. */
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
}

const NONE: OperationShape = { depth: 0, aliases: 0, directives: 0 };

// Their subtrees are bounded by graphql-js's MaxIntrospectionDepthRule
// instead, so GraphiQL's introspection query is not mistaken for a deep one.
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Measures `operation` with every fragment spread expanded where it is used,
 * so a fragment of 10 aliases spread 10 times counts 100. Each fragment is
 * measured once and reused, and a spread that closes a cycle counts as
 * empty, so this runs in time linear in the document, before validation has
 * ruled cycles out.
 *
 * @example measureOperation(parse('{ a: author(name: "x") { name } }'), operation) // { depth: 2, aliases: 1, directives: 0 }
 */
export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, OperationShape>();
  const inProgress = new Set<string>();

  function fragmentShape(name: string): OperationShape {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (fragment === undefined || inProgress.has(name)) return NONE;
    inProgress.add(name);
    const inner = selectionShape(fragment.selectionSet);
    inProgress.delete(name);
    const shape = { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) };
    measured.set(name, shape);
    return shape;
  }

  function selectionShape(selectionSet: SelectionSetNode): OperationShape {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      let inner: OperationShape;
      if (selection.kind === Kind.FIELD) {
        inner = selection.selectionSet === undefined ? NONE : selectionShape(selection.selectionSet);
        const levels = INTROSPECTION_FIELDS.has(selection.name.value) ? 1 : inner.depth + 1;
        inner = { ...inner, depth: levels, aliases: inner.aliases + (selection.alias === undefined ? 0 : 1) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionShape(selection.selectionSet);
      } else {
        inner = fragmentShape(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      directives += inner.directives;
    }
    return { depth, aliases, directives };
  }

  const body = selectionShape(operation.selectionSet);
  const variableDirectives = (operation.variableDefinitions ?? []).reduce((sum, v) => sum + (v.directives?.length ?? 0), 0);
  return { ...body, directives: body.directives + (operation.directives?.length ?? 0) + variableDirectives };
}
