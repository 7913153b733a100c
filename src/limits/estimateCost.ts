import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type SelectionSetNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  typeFromAST,
} from 'graphql';
import type { CostBound, FieldCost } from '../schema/FieldCost.ts';
import type { GraphBounds } from './graphBounds.ts';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../schema/paginate.ts';

/** What an operation may cost, and where most of it comes from. */
export interface CostEstimate {
  readonly cost: number;
  /** Response path of the deepest fan-out field on the costliest branch, e.g. `authors.edges.node.coauthors`; empty when nothing fans out. */
  readonly path: string;
}

export interface CostRequest {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null | undefined;
  /** The variables as the client sent them, before coercion. */
  readonly variableValues?: Readonly<Record<string, unknown>> | null | undefined;
  /** The served snapshot's largest lists (`graphBounds`), for fields whose work grows with them. */
  readonly bounds: GraphBounds;
}

/** A list field that states no bound is taken to be as long as the longest page. */
const LIST_ITEMS_DEFAULT = PAGE_SIZE_MAX;

interface Weighed {
  readonly cost: number;
  readonly path: readonly string[] | null;
}

const NOTHING: Weighed = { cost: 0, path: null };

/**
 * The most work the operation can cause, computed from the document before
 * any resolver runs, with fragments expanded, `@skip`/`@include` applied and
 * arguments taken from variables or their defaults. One unit is one Author or
 * Paper (any `Node`) in the response, plus each field's declared `call` work
 * (1 per connection), which may grow with the snapshot's largest lists
 * (`bounds`), and a connection's `cursorScan` when given `after`/`before`.
 * A list multiplies the cost of its items by its length: a connection's
 * `edges` by `first`/`last` (20 when neither is given), other lists by
 * their declared `items` (see `FieldCost`). An abstract type costs as much
 * as its costliest member.
 *
 * Returns undefined when the operation cannot run at all (no such operation,
 * or variables that do not coerce): execution then refuses it by itself.
 *
 * @example estimateCost({ schema, document: parse('{ authors(first: 5) { edges { node { name } } } }'), bounds: graphBounds(graph) }) // { cost: 6, path: 'authors' }
 */
export function estimateCost({ schema, document, operationName, variableValues, bounds }: CostRequest): CostEstimate | undefined {
  const operation = getOperationAST(document, operationName);
  const root = operation == null ? undefined : schema.getRootType(operation.operation);
  if (operation == null || root == null) return undefined;
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, { maxErrors: 1 });
  if (errors !== undefined || coerced === undefined) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const { cost, path } = new Estimator(schema, fragments, coerced, bounds).selection(root, [operation.selectionSet], undefined);
  return { cost, path: path?.join('.') ?? '' };
}

class Estimator {
  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    readonly variables: Readonly<Record<string, unknown>>,
    readonly bounds: GraphBounds,
  ) {}

  /** The costliest of the object types `type` may be at run time. */
  selection(type: GraphQLCompositeType, selectionSets: readonly SelectionSetNode[], listItems: number | undefined): Weighed {
    const runtimeTypes = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
    let heaviest = NOTHING;
    for (const runtimeType of runtimeTypes) {
      const weighed = this.objectSelection(runtimeType, selectionSets, listItems);
      if (weighed.cost > heaviest.cost || heaviest === NOTHING) heaviest = weighed;
    }
    return heaviest;
  }

  private objectSelection(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], listItems: number | undefined): Weighed {
    const fields = new Map<string, FieldNode[]>();
    for (const selectionSet of selectionSets) this.collect(type, selectionSet, fields, new Set());
    let cost = 0;
    let driver: Weighed = NOTHING;
    for (const [key, nodes] of fields) {
      const definition = type.getFields()[nodes[0]!.name.value];
      // __typename and the introspection roots cost nothing here; their own limits bound them.
      if (definition === undefined) continue;
      const weighed = this.field(key, definition, nodes, listItems);
      cost += weighed.cost;
      if (weighed.path !== null && (driver.path === null || weighed.cost > driver.cost)) driver = weighed;
    }
    return { cost, path: driver.path };
  }

  private field(key: string, definition: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], listItems: number | undefined): Weighed {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, nodes[0]!, this.variables);
    } catch {
      // Arguments that do not coerce stop this field, and so its subtree, from running.
      return NOTHING;
    }
    const declared = (definition.extensions as { cost?: FieldCost } | undefined)?.cost ?? {};
    const named = getNamedType(definition.type);
    const connection = isConnection(definition, named);
    const scan = args['after'] != null || args['before'] != null ? (this.bound(declared.cursorScan, args) ?? 0) : 0;
    const call = (this.bound(declared.call, args) ?? (connection ? 1 : 0)) + scan;
    const list = isListType(getNullableType(definition.type));
    const items = list ? (this.bound(declared.items, args) ?? listItems ?? LIST_ITEMS_DEFAULT) : 1;
    const childListItems = this.bound(declared.listItems, args) ?? (connection ? pageSize(args) : undefined);
    const selectionSets = nodes.flatMap((node) => (node.selectionSet === undefined ? [] : [node.selectionSet]));
    const children = isCompositeType(named) ? this.selection(named, selectionSets, childListItems) : NOTHING;
    const own = call + items * (isNode(named) ? 1 : 0);
    const below = items * children.cost;
    // A list whose length the enclosing field set (a connection's `edges`) is no driver: that field is.
    const ownLength = list && (declared.items !== undefined || listItems === undefined);
    const fansOut = call > 0 || connection || (ownLength && items > 1);
    // The path leads on into the children when they weigh at least as much as the field's own work.
    const path = children.path !== null && below >= own ? [key, ...children.path] : fansOut || children.path !== null ? [key] : null;
    return { cost: own + below, path };
  }

  /** The fields `selectionSet` selects on `type`, by response key, as execution merges them. */
  private collect(type: GraphQLObjectType, selectionSet: SelectionSetNode, into: Map<string, FieldNode[]>, spread: Set<string>): void {
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(selection.typeCondition?.name.value, type)) this.collect(type, selection.selectionSet, into, spread);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = this.fragments.get(selection.name.value);
        if (fragment !== undefined && this.applies(fragment.typeCondition.name.value, type)) {
          this.collect(type, fragment.selectionSet, into, spread);
        }
      }
    }
  }

  private bound(declared: CostBound | undefined, args: Readonly<Record<string, unknown>>): number | undefined {
    if (declared === undefined) return undefined;
    const value = typeof declared === 'function' ? declared(args, this.bounds) : declared;
    // A bound that is not a number is a declaration bug; count it as unbounded so it shows at once.
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : Math.max(0, value);
  }

  private included(node: SelectionSetNode['selections'][number]): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.variables);
    return skip?.['if'] !== true && include?.['if'] !== false;
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (condition === undefined) return true;
    const conditionType = typeFromAST(this.schema, { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: condition } });
    if (conditionType === undefined) return false;
    return conditionType === type || (isAbstractType(conditionType) && this.schema.isSubType(conditionType, type));
  }
}

/** A field returning a `…Connection` with `first`/`last` arguments: Relay's shape, as Pothos builds it. */
function isConnection(definition: GraphQLField<unknown, unknown>, named: GraphQLNamedType): boolean {
  return named.name.endsWith('Connection') && definition.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

function pageSize(args: Readonly<Record<string, unknown>>): number {
  const { first, last } = args;
  if (typeof first !== 'number' && typeof last !== 'number') return PAGE_SIZE_DEFAULT;
  return Math.max(0, typeof first === 'number' ? first : 0, typeof last === 'number' ? last : 0);
}

function isNode(type: GraphQLNamedType): boolean {
  return isObjectType(type) ? type.getInterfaces().some((face) => face.name === 'Node') : type.name === 'Node';
}
