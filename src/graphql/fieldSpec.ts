/**
 * Field specs: everything the gateway must know about an upstream-backed field, declared once, next
 * to its resolver, under its schema coordinate. From one spec come
 * - the plan-time argument check (operationPlanPlugin) and the parsed arguments its resolver gets:
 *   one `parseArgs`, so the two cannot drift;
 * - its weight in the per-operation cap on upstream-backed fields;
 * - the batching hints loaders read before execution starts;
 * - its resolver (resolversFromSpecs): only a spec's `resolve` sees the operation's loaders, so a
 *   field that reaches upstream without a spec does not compile (see ResolverContext).
 * A coordinate names a concrete object type (`DatadogOrg.hourlyUsage`, not an interface's field);
 * checkFieldSpecs refuses at startup a spec whose coordinate the schema lacks, and a field that
 * needs a spec but has none.
 */
import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import type { GatewayContext } from '../gateway/context.js';
import type { Resolvers } from '../generated/graphql.js';

/**
 * What a plain resolver (one of the generated `Resolvers` types, codegen.ts `contextType`) sees: the
 * operation's context without the providers' state (their loaders). Reaching upstream takes a
 * field spec.
 */
export type ResolverContext = Omit<GatewayContext, 'providers'>;

/** What argument parsing sees: the operation's clock and cursor secret; no loaders, no tenant. */
export type ArgumentContext = Pick<GatewayContext, 'now' | 'cursorSecret' | 'caller'>;

/**
 * The policy and the resolver of one upstream-backed field. `TArgs` are the arguments as GraphQL
 * coerced them, `TParsed` what `parseArgs` makes of them and `resolve` receives.
 */
export interface FieldSpec<TParent = never, TArgs = never, TParsed = unknown, TResult = unknown> {
  /** `Type.field` of a concrete object type, e.g. `Query.hourlyUsage`. */
  readonly coordinate: string;
  /**
   * How many upstream-backed fields selecting this field counts as, toward the per-operation cap: 1
   * for a field that reads its own upstream data, 0 for one that reads only what an operation
   * loads once anyway (the org directory).
   */
  readonly upstreamWeight: number;
  /**
   * Checks and normalizes the arguments; throws BadUserInputError naming the argument, what was
   * expected and what came. Called before execution (so bad input costs no upstream call) and by
   * the resolver, which gets exactly what it returns.
   */
  readonly parseArgs: (args: TArgs, ctx: ArgumentContext) => TParsed;
  /**
   * Estimated upstream calls of every resolution of this field in one operation, from its parsed
   * arguments (the windows a date range needs, the pages `first` implies, read-ahead): what the
   * per-operation budget of upstream calls is checked against before execution. Without it the
   * field costs `upstreamWeight` per resolution (see estimateUpstreamCalls).
   */
  readonly upstreamCost?: (args: TParsed, env: UpstreamCostEnv) => number;
  /**
   * Facts loaders may plan batches by, recorded in `ctx.batchHints` before execution when the
   * operation selects this field (e.g. "per-org hourly usage views will follow the org directory").
   */
  readonly batchHints: readonly string[];
  /** Resolves the field from its parsed arguments; the only code that may reach `ctx.providers.datadog.loaders`. */
  readonly resolve: (parent: TParent, args: TParsed, ctx: GatewayContext, info: GraphQLResolveInfo) => TResult;
}

/** What a field's `upstreamCost` is estimated with, besides its arguments. */
export interface UpstreamCostEnv {
  /** How many times the field resolves in the operation: the product of the list sizes above it. */
  readonly parents: number;
  /** What a list of unknown length (the orgs, an org's children) counts as. */
  readonly assumedListSize: number;
  /** Whether bulk reads of this operation may read ahead (a trusted caller, pages kept between operations). */
  readonly readAhead: boolean;
}

/** A spec of any field, as tables hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec is typed where it is declared
export type AnyFieldSpec = FieldSpec<any, any, any, unknown>;

/** One provider's (or the core's) specs. */
export type FieldSpecTable = readonly AnyFieldSpec[];

/** Merged specs by coordinate. */
export type FieldSpecs = ReadonlyMap<string, AnyFieldSpec>;

type TypeResolvers = Resolvers<GatewayContext>;
type ObjectTypeName = {
  [T in Extract<keyof TypeResolvers, string>]: NonNullable<TypeResolvers[T]> extends GraphQLScalarType ? never : T;
}[Extract<keyof TypeResolvers, string>];

/** Every `Type.field` coordinate of the schema's object types, from the generated resolver types. */
type FieldCoordinate = {
  [T in ObjectTypeName]: `${T}.${Exclude<Extract<keyof NonNullable<TypeResolvers[T]>, string>, `__${string}`>}`;
}[ObjectTypeName];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches any resolver function
type Fn = (...args: any[]) => any;
type ResolverOf<C extends FieldCoordinate> = C extends `${infer T}.${infer F}`
  ? T extends ObjectTypeName
    ? F extends keyof NonNullable<TypeResolvers[T]>
      ? Extract<NonNullable<NonNullable<TypeResolvers[T]>[F]>, Fn>
      : never
    : never
  : never;
/** The parent value of a coordinate's field (the mapped model of its type). */
type ParentOf<C extends FieldCoordinate> = Parameters<ResolverOf<C>>[0];
/** The coerced arguments of a coordinate's field. */
type ArgsOf<C extends FieldCoordinate> = Parameters<ResolverOf<C>>[1];
/** What a coordinate's resolver may return. */
type ResultOf<C extends FieldCoordinate> = ReturnType<ResolverOf<C>>;

/**
 * Declares the spec of the field at `coordinate`, typed from the generated resolver types: `parseArgs`
 * gets the field's arguments, `resolve` its parent model and what `parseArgs` returned, and must
 * return what the field's type is mapped to. Without `parseArgs` the arguments pass as coerced.
 */
export function fieldSpec<C extends FieldCoordinate, TParsed = ArgsOf<C>>(
  coordinate: C,
  spec: {
    upstreamWeight: number;
    parseArgs?: (args: ArgsOf<C>, ctx: ArgumentContext) => TParsed;
    upstreamCost?: (args: NoInfer<TParsed>, env: UpstreamCostEnv) => number;
    batchHints?: readonly string[];
    resolve: (
      parent: ParentOf<C>,
      args: NoInfer<TParsed>,
      ctx: GatewayContext,
      info: GraphQLResolveInfo,
    ) => ResultOf<C>;
  },
): FieldSpec<ParentOf<C>, ArgsOf<C>, NoInfer<TParsed>, ResultOf<C>> {
  return {
    coordinate,
    upstreamWeight: spec.upstreamWeight,
    parseArgs: spec.parseArgs ?? ((args: ArgsOf<C>) => args as TParsed),
    batchHints: spec.batchHints ?? [],
    ...(spec.upstreamCost !== undefined ? { upstreamCost: spec.upstreamCost } : {}),
    resolve: spec.resolve,
  };
}

/**
 * Merges the spec tables of the core and of every provider into one map by coordinate. A coordinate
 * declared twice is a programming error and throws: one of the two policies would be lost.
 */
export function mergeFieldSpecs(tables: readonly FieldSpecTable[]): FieldSpecs {
  const merged = new Map<string, AnyFieldSpec>();
  for (const table of tables) {
    for (const spec of table) {
      if (!/^[_A-Za-z][_0-9A-Za-z]*\.[_A-Za-z][_0-9A-Za-z]*$/.test(spec.coordinate)) {
        throw new Error(`Field spec coordinate must be Type.field, but got: "${spec.coordinate}"`);
      }
      if (merged.has(spec.coordinate)) throw new Error(`Field spec ${spec.coordinate} is declared twice`);
      merged.set(spec.coordinate, spec);
    }
  }
  return merged;
}

/**
 * The resolvers of the specs' fields, to merge with the plain resolvers (mergeResolvers): each parses
 * its arguments with the spec's `parseArgs`, then calls `resolve` with them.
 */
export function resolversFromSpecs(specs: FieldSpecs): Resolvers {
  const out: Record<string, Record<string, GraphQLFieldResolver<unknown, GatewayContext>>> = {};
  for (const spec of specs.values()) {
    const [typeName, fieldName] = spec.coordinate.split('.') as [string, string];
    (out[typeName] ??= {})[fieldName] = (parent, args, ctx, info) =>
      spec.resolve(parent, parsedArgsOf(ctx, info, spec, args), ctx, info);
  }
  return out as Resolvers;
}

/**
 * Keeps what `spec.parseArgs` made of the arguments of the field at `node`, at plan time, for the
 * resolver: its arguments are the same for every parent object and the whole operation (variables,
 * clock and cursor secret are fixed), so one parse serves every call.
 */
export function rememberParsedArgs(ctx: GatewayContext, node: FieldNode, spec: AnyFieldSpec, parsed: unknown): void {
  let bySpec = ctx.parsedArgs.get(node);
  if (bySpec === undefined) ctx.parsedArgs.set(node, (bySpec = new Map<object, unknown>()));
  bySpec.set(spec, parsed);
}

/** The field's parsed arguments: remembered at plan time, else parsed now. */
function parsedArgsOf(ctx: GatewayContext, info: GraphQLResolveInfo, spec: AnyFieldSpec, args: unknown): unknown {
  const bySpec = info.fieldNodes[0] === undefined ? undefined : ctx.parsedArgs.get(info.fieldNodes[0]);
  return bySpec?.has(spec) ? bySpec.get(spec) : spec.parseArgs(args, ctx);
}

/** Whether a field's type is a Relay connection (an object with `edges` and `pageInfo`). */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

/**
 * Checks specs against the executable schema (resolvers attached), at startup. Throws, naming every
 * problem, when
 * - a spec's coordinate names no field of an object type (a field or type renamed, or an interface:
 *   specs name the implementing object types);
 * - a root `Query` field, or a field returning a connection, has no spec: such fields read upstream,
 *   and without a spec they would lose their argument checks, their weight and their hints;
 * - a field taking arguments has no resolver at all: the default resolver would ignore them.
 */
export function checkFieldSpecs(schema: GraphQLSchema, specs: FieldSpecs): void {
  const problems: string[] = [];
  for (const coordinate of specs.keys()) {
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const type = schema.getType(typeName);
    if (!type) problems.push(`${coordinate} has a field spec, but the schema has no type ${typeName}`);
    else if (!isObjectType(type)) {
      problems.push(`${coordinate} has a field spec, but ${typeName} is not an object type (specs name object types)`);
    } else if (!(fieldName in type.getFields())) {
      problems.push(`${coordinate} has a field spec, but type ${typeName} has no field ${fieldName}`);
    }
  }
  const queryType = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (specs.has(coordinate)) continue;
      if (type === queryType) problems.push(`${coordinate} is a root field but has no field spec`);
      else if (isConnection(field)) problems.push(`${coordinate} returns a connection but has no field spec`);
      else if (field.args.length > 0 && field.resolve === undefined) {
        problems.push(`${coordinate} takes arguments but has neither a field spec nor a resolver`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Field specs do not match the schema:\n- ${problems.join('\n- ')}`);
}
