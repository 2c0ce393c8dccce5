/**
 * A compiled execution path for GraphQL queries: the same results and errors as graphql-js's
 * `execute`, for much less work per resolved field.
 *
 * graphql-js interprets the document again for every object it completes: it collects the
 * sub-selection (memoized, but looked up per object), coerces every field's arguments anew for
 * every object (`getArgumentValues`, two dictionary-mode objects even for a field without
 * arguments), dispatches on the field's type at each level of every value, and builds each result
 * object with `Object.create(null)`, a dictionary-mode object that is slow to fill and slower to
 * `JSON.stringify`. Here an operation is compiled once per parsed document (Apollo keeps parsed
 * documents, so a repeated query text reuses its plan): each selection set becomes a list of field
 * plans, each field's completion a closure specialised to its type, collected once per object type
 * on first use; arguments are coerced once per field per execution; results are plain objects that
 * share hidden classes.
 *
 * What graphql-js specifies is kept, step for step (see node_modules/graphql/execution/execute.js):
 * resolvers get the same arguments, context and `info` (one arguments object per field and
 * execution, shared by the objects of a list: resolvers read their arguments, never change them); fields run in the same order and resolvers
 * are called in the same ticks (so DataLoader batches are the same); errors are located, nulled,
 * propagated to the nearest nullable parent and collected in the same order, including graphql-js's
 * rule that an error below a position already nulled is not reported; list items fail one by one;
 * abstract types resolve through `resolveType` / `isTypeOf` with graphql-js's messages.
 *
 * Operations it does not compile go to graphql-js's `execute` unchanged: mutations and
 * subscriptions, documents using `@skip` / `@include` (or any selection directive), introspection
 * root fields (`__schema`, `__type`), a response name `__proto__`, and requests whose variables do
 * not coerce (graphql-js's own coercion reports them, with the scalars' own messages).
 */
import {
  defaultTypeResolver,
  execute,
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  OperationTypeNode,
  responsePathAsArray,
  TypeNameMetaFieldDef,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLLeafType,
  type GraphQLList,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { inspect } from './inspect.js';

/** What one execution needs (the schema is the executor's). */
export interface CompiledExecutionArgs {
  document: DocumentNode;
  /** The operation the document resolved to (Apollo resolves it before execution); undefined when none did. */
  operation: OperationDefinitionNode | undefined;
  /** The operation name the client sent (for graphql-js's own lookup when `operation` is undefined). */
  operationName?: string | null;
  variableValues?: Readonly<Record<string, unknown>> | null;
  contextValue: unknown;
}

/** Executes an operation: compiled when it can be, by graphql-js otherwise. Never rejects. */
export type CompiledExecutor = (args: CompiledExecutionArgs) => ExecutionResult | Promise<ExecutionResult>;

type Path = GraphQLResolveInfo['path'];
type AnyField = GraphQLField<unknown, unknown>;

/**
 * Errors of one execution, with graphql-js's rule (CollectedErrors in execute.js): an error whose
 * position, or an ancestor of it, has already been nulled by an earlier error is not reported.
 */
class CollectedErrors {
  readonly errors: GraphQLError[] = [];
  private readonly positions = new Set<Path | undefined>();

  add(error: GraphQLError, path: Path | undefined): void {
    for (let p = path; p !== undefined; p = p.prev) if (this.positions.has(p)) return;
    if (this.positions.has(undefined)) return;
    this.positions.add(path);
    this.errors.push(error);
  }
}

/** A field's arguments that failed to coerce: every object the field is resolved on reports it. */
class ArgumentsFailure {
  constructor(readonly error: unknown) {}
}

/** The state of one execution. */
interface Execution {
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly operation: OperationDefinitionNode;
  readonly variableValues: Record<string, unknown>;
  readonly contextValue: unknown;
  readonly errors: CollectedErrors;
  /** Coerced arguments by field plan id, filled in the first time the field runs. */
  readonly args: Array<Record<string, unknown> | ArgumentsFailure | undefined>;
}

/** Completes a resolved value for the field's type: a value, or a promise of one; throws a field error. */
type Completer = (exe: Execution, field: FieldPlan, path: Path, result: unknown) => unknown;

/** One field of a compiled selection set (all the field nodes that share its response name). */
interface FieldPlan {
  /** Index into `Execution.args`. */
  readonly id: number;
  readonly responseName: string;
  readonly fieldName: string;
  readonly parentType: GraphQLObjectType;
  readonly fieldDef: AnyField;
  readonly fieldNodes: readonly FieldNode[];
  readonly returnType: GraphQLOutputType;
  /** `__typename`: answered with the parent type's name, no resolver. */
  readonly isTypename: boolean;
  readonly complete: Completer;
}

/** An operation compiled once per parsed document. */
interface CompiledOperation {
  readonly rootType: GraphQLObjectType;
  readonly root: readonly FieldPlan[];
  readonly fragments: Record<string, FragmentDefinitionNode>;
}

/** The compiler's state for one operation: plans are compiled lazily, and share field ids. */
interface Compilation {
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  nextId: number;
}

/**
 * graphql-js's isPromise (a thenable), asked only of objects and functions: most values are strings
 * and numbers, and reading `then` off a primitive's prototype at every field is a needless lookup.
 */
const isPromise = (value: unknown): value is Promise<unknown> =>
  ((typeof value === 'object' && value !== null) || typeof value === 'function') &&
  typeof (value as { then?: unknown }).then === 'function';

const isIterableObject = (value: unknown): value is Iterable<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';

/**
 * Builds the executor for `schema`. Compiled plans are kept per parsed document (a WeakMap: they go
 * with the document when Apollo's document cache drops it).
 */
export function createCompiledExecutor(schema: GraphQLSchema): CompiledExecutor {
  const plans = new WeakMap<DocumentNode, Map<OperationDefinitionNode, CompiledOperation | null>>();
  const planOf = (document: DocumentNode, operation: OperationDefinitionNode): CompiledOperation | null => {
    let byOperation = plans.get(document);
    if (byOperation === undefined)
      plans.set(document, (byOperation = new Map<OperationDefinitionNode, CompiledOperation | null>()));
    let plan = byOperation.get(operation);
    if (plan === undefined) {
      plan = compileOperation(schema, document, operation);
      byOperation.set(operation, plan);
    }
    return plan;
  };
  return ({ document, operation, operationName, variableValues, contextValue }) => {
    const plan = operation === undefined ? null : planOf(document, operation);
    if (plan === null || operation === undefined) {
      return execute({ schema, document, operationName, variableValues, contextValue });
    }
    // graphql-js's coercion and options (buildExecutionContext), so its messages are the scalars' own.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, {
      maxErrors: 50,
    });
    if (coerced.errors) return { errors: coerced.errors };
    const exe: Execution = {
      schema,
      fragments: plan.fragments,
      operation,
      variableValues: coerced.coerced,
      contextValue,
      errors: new CollectedErrors(),
      args: [],
    };
    const respond = (data: Record<string, unknown> | null): ExecutionResult =>
      exe.errors.errors.length === 0 ? { data } : { errors: exe.errors.errors, data };
    try {
      const data = executeFields(exe, plan.rootType, plan.root, undefined, undefined);
      if (isPromise(data)) {
        return data.then(
          (resolved) => respond(resolved),
          (error: unknown) => {
            exe.errors.add(error as GraphQLError, undefined);
            return respond(null);
          },
        );
      }
      return respond(data);
    } catch (error) {
      exe.errors.add(error as GraphQLError, undefined);
      return respond(null);
    }
  };
}

/** The operation's plan, or null when it must go to graphql-js (see the module comment). */
function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CompiledOperation | null {
  if (operation.operation !== OperationTypeNode.QUERY) return null;
  const rootType = schema.getQueryType();
  if (!rootType) return null;
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null) as Record<
    string,
    FragmentDefinitionNode
  >;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const selectionSets: SelectionSetNode[] = [
    operation.selectionSet,
    ...Object.values(fragments).map((f) => f.selectionSet),
  ];
  if (!selectionSets.every(compilable)) return null;
  const compilation: Compilation = { schema, fragments, nextId: 0 };
  return { rootType, root: compileSelection(compilation, rootType, [operation.selectionSet]), fragments };
}

/** No selection directive, no introspection root field, no response name `__proto__`, at any depth. */
function compilable(selectionSet: SelectionSetNode): boolean {
  for (const selection of selectionSet.selections) {
    if ((selection.directives?.length ?? 0) > 0) return false;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') return false;
      if ((selection.alias?.value ?? name) === '__proto__') return false;
    }
    if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet && !compilable(selection.selectionSet)) {
      return false;
    }
  }
  return true;
}

/** graphql-js's collectFields (no directives to evaluate: see `compilable`). */
function collectFields(
  compilation: Compilation,
  runtimeType: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fields: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const name = selection.alias ? selection.alias.value : selection.name.value;
        const list = fields.get(name);
        if (list !== undefined) list.push(selection);
        else fields.set(name, [selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        if (!fragmentConditionMatches(compilation.schema, selection, runtimeType)) continue;
        collectFields(compilation, runtimeType, selection.selectionSet, fields, visitedFragments);
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const fragment = compilation.fragments[name];
        if (!fragment || !fragmentConditionMatches(compilation.schema, fragment, runtimeType)) continue;
        collectFields(compilation, runtimeType, fragment.selectionSet, fields, visitedFragments);
        break;
      }
    }
  }
}

function fragmentConditionMatches(
  schema: GraphQLSchema,
  fragment: FragmentDefinitionNode | InlineFragmentNode,
  type: GraphQLObjectType,
): boolean {
  const condition = fragment.typeCondition;
  if (!condition) return true;
  const conditionalType = typeFromAST(schema, condition);
  if (conditionalType === type) return true;
  if (isAbstractType(conditionalType)) return schema.isSubType(conditionalType, type);
  return false;
}

/** The field plans of the selection sets of `fieldNodes` (or the operation's) on `type`. */
function compileSelection(
  compilation: Compilation,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): FieldPlan[] {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  for (const selectionSet of selectionSets) collectFields(compilation, type, selectionSet, fields, visited);
  const plans: FieldPlan[] = [];
  for (const [responseName, fieldNodes] of fields) {
    const first = fieldNodes[0] as FieldNode;
    const fieldName = first.name.value;
    const isTypename = fieldName === TypeNameMetaFieldDef.name;
    const fieldDef = isTypename ? (TypeNameMetaFieldDef as AnyField) : type.getFields()[fieldName];
    // graphql-js skips a field its type does not define (validation normally refuses it).
    if (fieldDef === undefined) continue;
    const plan: { -readonly [K in keyof FieldPlan]: FieldPlan[K] } = {
      id: compilation.nextId++,
      responseName,
      fieldName,
      parentType: type,
      fieldDef,
      fieldNodes,
      returnType: fieldDef.type,
      isTypename,
      complete: NOT_COMPILED,
    };
    plan.complete = completerFor(compilation, plan, fieldDef.type);
    plans.push(plan);
  }
  return plans;
}

const NOT_COMPILED: Completer = () => {
  throw new Error('field plan used before its completer was compiled');
};

const subSelections = (field: FieldPlan): SelectionSetNode[] =>
  field.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/** graphql-js's completeValue, specialised once per field and type. */
function completerFor(compilation: Compilation, field: FieldPlan, type: GraphQLOutputType): Completer {
  if (isNonNullType(type)) {
    if (isLeafType(type.ofType)) return nonNullLeafCompleter(type.ofType);
    const inner = completerFor(compilation, field, type.ofType);
    return (exe, f, path, result) => {
      if (result instanceof Error) throw result;
      const completed = inner(exe, f, path, result);
      if (completed === null) {
        throw new Error(`Cannot return null for non-nullable field ${f.parentType.name}.${f.fieldName}.`);
      }
      return completed;
    };
  }
  if (isListType(type)) return listCompleter(compilation, field, type);
  if (isLeafType(type)) return leafCompleter(type);
  if (isAbstractType(type)) return abstractCompleter(compilation, type);
  if (isObjectType(type)) {
    let plan: FieldPlan[] | undefined;
    return (exe, f, path, result) => {
      if (result instanceof Error) throw result;
      if (result == null) return null;
      plan ??= compileSelection(compilation, type, subSelections(f));
      return completeObject(exe, f, type, plan, path, result);
    };
  }
  throw new Error(`Cannot complete value of unexpected output type: ${inspect(type)}`);
}

function leafCompleter(type: GraphQLLeafType): Completer {
  return (_exe, _f, _path, result) => {
    if (result instanceof Error) throw result;
    if (result == null) return null;
    const serialized: unknown = type.serialize(result);
    if (serialized == null) {
      throw new Error(
        `Expected \`${inspect(type)}.serialize(${inspect(result)})\` to return non-nullable value, returned: ${inspect(serialized)}`,
      );
    }
    return serialized;
  };
}

/** A non-null scalar or enum (most fields): the two completions of graphql-js in one step. */
function nonNullLeafCompleter(type: GraphQLLeafType): Completer {
  return (_exe, f, _path, result) => {
    if (result instanceof Error) throw result;
    if (result == null)
      throw new Error(`Cannot return null for non-nullable field ${f.parentType.name}.${f.fieldName}.`);
    const serialized: unknown = type.serialize(result);
    if (serialized == null) {
      throw new Error(
        `Expected \`${inspect(type)}.serialize(${inspect(result)})\` to return non-nullable value, returned: ${inspect(serialized)}`,
      );
    }
    return serialized;
  };
}

/** graphql-js's completeListValue: each item completes (and fails) on its own. */
function listCompleter(compilation: Compilation, field: FieldPlan, type: GraphQLList<GraphQLOutputType>): Completer {
  const itemType = type.ofType;
  const item = completerFor(compilation, field, itemType);
  const itemNonNull = isNonNullType(itemType);
  return (exe, f, path, result) => {
    if (result instanceof Error) throw result;
    if (result == null) return null;
    if (!isIterableObject(result)) {
      throw new GraphQLError(
        `Expected Iterable, but did not find one for field "${f.parentType.name}.${f.fieldName}".`,
      );
    }
    const items = Array.isArray(result) ? (result as unknown[]) : Array.from(result);
    const n = items.length;
    // Filled by push, in order: a packed array (a pre-sized one is holey, slower to serialize).
    const completed: unknown[] = [];
    let containsPromise = false;
    for (let index = 0; index < n; index++) {
      const value = items[index];
      const itemPath: Path = { prev: path, key: index, typename: undefined };
      try {
        const done = isPromise(value)
          ? value.then((resolved) => item(exe, f, itemPath, resolved))
          : item(exe, f, itemPath, value);
        if (isPromise(done)) {
          containsPromise = true;
          completed.push(
            done.then(undefined, (raw: unknown) =>
              fieldError(exe, locatedError(raw, f.fieldNodes, responsePathAsArray(itemPath)), itemNonNull, itemPath),
            ),
          );
        } else {
          completed.push(done);
        }
      } catch (raw) {
        // Nothing was pushed for this item: `item` threw before.
        completed.push(
          fieldError(exe, locatedError(raw, f.fieldNodes, responsePathAsArray(itemPath)), itemNonNull, itemPath),
        );
      }
    }
    return containsPromise ? Promise.all(completed) : completed;
  };
}

/** graphql-js's completeAbstractValue and ensureValidRuntimeType, with a plan per runtime type. */
function abstractCompleter(compilation: Compilation, type: GraphQLAbstractType): Completer {
  const plans = new Map<GraphQLObjectType, FieldPlan[]>();
  const completeAs = (
    exe: Execution,
    f: FieldPlan,
    path: Path,
    result: unknown,
    runtimeTypeName: unknown,
    info: GraphQLResolveInfo,
  ): unknown => {
    const runtimeType = validRuntimeType(exe.schema, runtimeTypeName, type, f, info, result);
    let plan = plans.get(runtimeType);
    if (plan === undefined)
      plans.set(runtimeType, (plan = compileSelection(compilation, runtimeType, subSelections(f))));
    return completeObject(exe, f, runtimeType, plan, path, result);
  };
  return (exe, f, path, result) => {
    if (result instanceof Error) throw result;
    if (result == null) return null;
    const resolveType = type.resolveType ?? defaultTypeResolver;
    const info = resolveInfo(exe, f, path);
    const runtimeType: unknown = resolveType(result, exe.contextValue, info, type);
    if (isPromise(runtimeType)) {
      return runtimeType.then((resolved) => completeAs(exe, f, path, result, resolved, info));
    }
    return completeAs(exe, f, path, result, runtimeType, info);
  };
}

function validRuntimeType(
  schema: GraphQLSchema,
  runtimeTypeName: unknown,
  returnType: GraphQLAbstractType,
  f: FieldPlan,
  info: GraphQLResolveInfo,
  result: unknown,
): GraphQLObjectType {
  if (runtimeTypeName == null) {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" must resolve to an Object type at runtime for field "${info.parentType.name}.${info.fieldName}". Either the "${returnType.name}" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function.`,
      f.fieldNodes,
    );
  }
  if (isObjectType(runtimeTypeName)) {
    throw new GraphQLError(
      'Support for returning GraphQLObjectType from resolveType was removed in graphql-js@16.0.0 please return type name instead.',
    );
  }
  if (typeof runtimeTypeName !== 'string') {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" must resolve to an Object type at runtime for field "${info.parentType.name}.${info.fieldName}" with ` +
        `value ${inspect(result)}, received "${inspect(runtimeTypeName)}".`,
    );
  }
  const runtimeType = schema.getType(runtimeTypeName);
  if (runtimeType == null) {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" was resolved to a type "${runtimeTypeName}" that does not exist inside the schema.`,
      { nodes: f.fieldNodes },
    );
  }
  if (!isObjectType(runtimeType)) {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" was resolved to a non-object type "${runtimeTypeName}".`,
      {
        nodes: f.fieldNodes,
      },
    );
  }
  if (!schema.isSubType(returnType, runtimeType)) {
    throw new GraphQLError(
      `Runtime Object type "${runtimeType.name}" is not a possible type for "${returnType.name}".`,
      {
        nodes: f.fieldNodes,
      },
    );
  }
  return runtimeType;
}

/** graphql-js's completeObjectValue: `isTypeOf` when the type has one, then the sub-selection. */
function completeObject(
  exe: Execution,
  f: FieldPlan,
  type: GraphQLObjectType,
  plan: readonly FieldPlan[],
  path: Path,
  result: unknown,
): unknown {
  if (type.isTypeOf) {
    const isTypeOf: unknown = type.isTypeOf(result, exe.contextValue, resolveInfo(exe, f, path));
    if (isPromise(isTypeOf)) {
      return isTypeOf.then((resolved) => {
        if (!resolved) throw invalidReturnType(type, result, f.fieldNodes);
        return executeFields(exe, type, plan, result, path);
      });
    }
    if (!isTypeOf) throw invalidReturnType(type, result, f.fieldNodes);
  }
  return executeFields(exe, type, plan, result, path);
}

function invalidReturnType(type: GraphQLObjectType, result: unknown, fieldNodes: readonly FieldNode[]): GraphQLError {
  return new GraphQLError(`Expected value of type "${type.name}" but got: ${inspect(result)}.`, { nodes: fieldNodes });
}

/**
 * graphql-js's executeFields: every field in order, into a plain object; when some are promises,
 * a promise of the object once all have settled (rejecting as soon as one rejects).
 */
function executeFields(
  exe: Execution,
  parentType: GraphQLObjectType,
  plan: readonly FieldPlan[],
  source: unknown,
  path: Path | undefined,
): Record<string, unknown> | Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  let pending: Array<Promise<unknown>> | null = null;
  let pendingNames: string[] | null = null;
  try {
    for (let i = 0; i < plan.length; i++) {
      const field = plan[i] as FieldPlan;
      if (field.isTypename) {
        results[field.responseName] = parentType.name;
        continue;
      }
      const value = executeField(exe, field, source, {
        prev: path,
        key: field.responseName,
        typename: parentType.name,
      });
      results[field.responseName] = value;
      if (isPromise(value)) {
        (pending ??= []).push(value);
        (pendingNames ??= []).push(field.responseName);
      }
    }
  } catch (error) {
    // Other fields' promises may reject too: they settle before this error propagates.
    if (pending !== null) {
      return Promise.all(pending).finally(() => {
        throw error;
      }) as Promise<never>;
    }
    throw error;
  }
  if (pending === null) return results;
  const names = pendingNames as string[];
  return Promise.all(pending).then((values) => {
    for (let i = 0; i < values.length; i++) results[names[i] as string] = values[i];
    return results;
  });
}

/** graphql-js's executeField: resolve, complete, and locate and handle any error. */
function executeField(exe: Execution, field: FieldPlan, source: unknown, path: Path): unknown {
  try {
    let args = exe.args[field.id];
    if (args === undefined) {
      // The same for every object the field is resolved on (graphql-js coerces them again each time).
      try {
        args = getArgumentValues(field.fieldDef, field.fieldNodes[0] as FieldNode, exe.variableValues);
      } catch (error) {
        args = new ArgumentsFailure(error);
      }
      exe.args[field.id] = args;
    }
    if (args instanceof ArgumentsFailure) throw args.error;
    const resolve = field.fieldDef.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
    let result: unknown;
    if (resolve !== undefined) {
      result = resolve(source, args, exe.contextValue, resolveInfo(exe, field, path));
    } else if ((typeof source === 'object' && source !== null) || typeof source === 'function') {
      // graphql-js's defaultFieldResolver, without building `info` unless the property is a method.
      const property = (source as Record<string, unknown>)[field.fieldName];
      result =
        typeof property === 'function'
          ? (source as Record<string, (...a: unknown[]) => unknown>)[field.fieldName]?.(
              args,
              exe.contextValue,
              resolveInfo(exe, field, path),
            )
          : property;
    }
    const completed = isPromise(result)
      ? result.then((resolved) => field.complete(exe, field, path, resolved))
      : field.complete(exe, field, path, result);
    if (isPromise(completed)) {
      return completed.then(undefined, (raw: unknown) =>
        fieldError(
          exe,
          locatedError(raw, field.fieldNodes, responsePathAsArray(path)),
          isNonNullType(field.returnType),
          path,
        ),
      );
    }
    return completed;
  } catch (raw) {
    return fieldError(
      exe,
      locatedError(raw, field.fieldNodes, responsePathAsArray(path)),
      isNonNullType(field.returnType),
      path,
    );
  }
}

/** graphql-js's handleFieldError: a non-null position passes the error up; any other becomes null. */
function fieldError(exe: Execution, error: GraphQLError, nonNull: boolean, path: Path): null {
  if (nonNull) throw error;
  exe.errors.add(error, path);
  return null;
}

/** graphql-js's buildResolveInfo. */
function resolveInfo(exe: Execution, field: FieldPlan, path: Path): GraphQLResolveInfo {
  return {
    fieldName: field.fieldName,
    fieldNodes: field.fieldNodes,
    returnType: field.returnType,
    parentType: field.parentType,
    path,
    schema: exe.schema,
    fragments: exe.fragments,
    rootValue: undefined,
    operation: exe.operation,
    variableValues: exe.variableValues,
  };
}
