import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AnyFieldSpec, FieldSpecs, UpstreamCostEnv } from '../graphql/fieldSpec.js';
import { DEFAULT_PAGE_SIZE } from '../pagination/connectionOptions.js';
import { objectTypesOf } from './objectTypesOf.js';

/** What the estimate is made with besides the document. */
export interface UpstreamCostOptions {
  specs: FieldSpecs;
  /** What a list of unknown length counts as. */
  assumedListSize: number;
  /** Whether the operation's bulk reads may read ahead. */
  readAhead: boolean;
  /** Each selected field's parsed arguments by field node and spec (GatewayContext `parsedArgs`). */
  parsedArgs: ReadonlyMap<FieldNode, ReadonlyMap<object, unknown>>;
}

/** One upstream-backed selection's share of the estimate. */
export interface FieldCost {
  /** `Type.field` (the costliest implementation's, on an interface). */
  coordinate: string;
  /** The response path as written, aliases included (`orgs.u1`). */
  path: string;
  calls: number;
}

/** The estimated upstream calls of one operation, and the costliest selections first. */
export interface UpstreamCostEstimate {
  calls: number;
  fields: FieldCost[];
  /**
   * How many fields the answer will hold: every selection times the list sizes above it. What grows
   * exponentially with aliased nested lists (`children { parent { children … } }`) shows here, even
   * when it makes no upstream call.
   */
  resultFields: number;
}

/** The most field selections the estimate walks (fragments expanded) before it calls the operation too costly. */
const MAX_VISITS = 100_000;

/** Whether a field's type is a Relay connection (an object with `edges` and `pageInfo`). */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

/** The page a connection field asks for: `first`, else `last`, else the default page size. */
function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number {
  try {
    const args = getArgumentValues(field, node, variables);
    const n = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
    return Math.max(1, n ?? DEFAULT_PAGE_SIZE);
  } catch {
    return DEFAULT_PAGE_SIZE;
  }
}

/**
 * Estimates the upstream calls an operation will make, before execution, from the document as
 * written (fragments expanded, aliases counted apart, `@skip`/`@include` counted as selected):
 * every upstream-backed field's cost (its spec's `upstreamCost` from the parsed arguments, else its
 * `upstreamWeight`) times the number of times it resolves: the product of the list sizes above it
 * (a connection's `edges`/`nodes` count as its `first`/`last`, any other list as `assumedListSize`).
 * An upper bound in spirit: calls the loaders would share between selections are counted for each.
 * Also counts the fields the answer will hold (`resultFields`), lists multiplied the same way.
 */
export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: UpstreamCostOptions,
): UpstreamCostEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fields: FieldCost[] = [];
  let calls = 0;
  let resultFields = 0;
  let visits = 0;
  const costOf = (spec: AnyFieldSpec, node: FieldNode, parents: number): number => {
    const parsed = options.parsedArgs.get(node)?.get(spec);
    if (spec.upstreamCost === undefined || parsed === undefined) return spec.upstreamWeight * parents;
    const env: UpstreamCostEnv = { parents, assumedListSize: options.assumedListSize, readAhead: options.readAhead };
    return spec.upstreamCost(parsed, env);
  };
  const walk = (
    selections: SelectionSetNode,
    parentType: GraphQLNamedType,
    parents: number,
    pageSize: number | null,
    path: string,
  ): void => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) walk(selection.selectionSet, type, parents, pageSize, path);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && type) walk(fragment.selectionSet, type, parents, pageSize, path);
        continue;
      }
      visits += 1;
      if (visits > MAX_VISITS) {
        calls = Number.POSITIVE_INFINITY;
        resultFields = Number.POSITIVE_INFINITY;
        return;
      }
      resultFields += parents;
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
      const field = parentType.getFields()[selection.name.value];
      if (field === undefined) continue;
      const here = `${path}${path === '' ? '' : '.'}${selection.alias?.value ?? selection.name.value}`;
      let most: FieldCost | null = null;
      for (const type of objectTypesOf(schema, parentType)) {
        const spec = options.specs.get(`${type.name}.${field.name}`);
        if (spec === undefined) continue;
        const cost = costOf(spec, selection, parents);
        if (most === null || cost > most.calls) most = { coordinate: spec.coordinate, path: here, calls: cost };
      }
      if (most !== null && most.calls > 0) {
        calls += most.calls;
        fields.push(most);
      }
      if (selection.selectionSet === undefined) continue;
      const list = isListType(getNullableType(field.type));
      const inPage = list && pageSize !== null && (field.name === 'edges' || field.name === 'nodes');
      const times = list ? (inPage ? pageSize : options.assumedListSize) : 1;
      walk(
        selection.selectionSet,
        getNamedType(field.type),
        parents * times,
        isConnection(field) ? pageSizeOf(field, selection, variables) : null,
        here,
      );
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, 1, null, '');
  fields.sort((a, b) => b.calls - a.calls);
  return { calls, fields, resultFields };
}
