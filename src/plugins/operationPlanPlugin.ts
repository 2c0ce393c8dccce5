import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MeterqlError, QueryTooCostlyError } from '../errors.js';
import type { GatewayContext } from '../gateway/context.js';
import { checkFieldSpecs, rememberParsedArgs, type AnyFieldSpec, type FieldSpecs } from '../graphql/fieldSpec.js';
import { estimateUpstreamCalls } from './upstreamCostEstimate.js';
import { objectTypesOf } from './objectTypesOf.js';
import { checkListArguments } from '../graphql/listArgumentLimits.js';

/** At most this many upstream-backed fields (by weight) in one operation. */
export const MAX_UPSTREAM_FIELDS = 50;

export interface OperationPlanOptions {
  /** Every field spec by coordinate (mergeFieldSpecs of the core's and the providers' tables). */
  specs: FieldSpecs;
  /**
   * An operation may select upstream-backed fields of at most this total weight (FieldSpec
   * `upstreamWeight`), counted in the document as written.
   */
  maxUpstreamFields: number;
  /**
   * The budget of estimated upstream calls per operation (estimateUpstreamCalls); none when absent
   * or `max` is 0.
   */
  upstreamCalls?: {
    max: number;
    /** The most fields the answer is estimated to hold (lists multiplied); 0: no bound. */
    maxResultFields: number;
    /** What a list of unknown length counts as. */
    assumedListSize: number;
    /** Whether the operation's bulk reads may read ahead. */
    readAhead: (ctx: GatewayContext) => boolean;
  };
}

function planTimeError(err: MeterqlError): MeterqlError {
  // Raised before execution, the whole operation is refused: HTTP 400, not a 200 with partial data.
  return new MeterqlError(err.code, err.message, { ...err.extensions, http: { status: 400 } });
}

/** A spec'd field the operation selects, with what its arguments are coerced by. */
interface PlannedField {
  node: FieldNode;
  /** The field as the selection's parent type defines it (an interface's field on an interface). */
  field: GraphQLField<unknown, unknown>;
  /** The spec of every object type it may resolve on. */
  specs: readonly AnyFieldSpec[];
}

/**
 * What the plan knows from the document alone (the same for every request with this document and
 * operation): the spec'd fields in document order, their total weight and their batching hints.
 */
interface DocumentPlan {
  schema: GraphQLSchema;
  fields: readonly PlannedField[];
  upstreamBacked: number;
  batchHints: readonly string[];
}

function planDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: OperationPlanOptions,
): DocumentPlan {
  const typeInfo = new TypeInfo(schema);
  const fields: PlannedField[] = [];
  const batchHints = new Set<string>();
  let upstreamBacked = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        const specs: AnyFieldSpec[] = [];
        for (const type of objectTypesOf(schema, getNamedType(parent))) {
          const spec = options.specs.get(`${type.name}.${node.name.value}`);
          if (spec && !specs.includes(spec)) specs.push(spec);
        }
        if (specs.length === 0) return;
        // On an interface the field resolves on one implementation per object: it weighs the most of theirs.
        upstreamBacked += Math.max(...specs.map((s) => s.upstreamWeight));
        for (const spec of specs) for (const hint of spec.batchHints) batchHints.add(hint);
        fields.push({ node, field, specs });
      },
    }),
  );
  return { schema, fields, upstreamBacked, batchHints: [...batchHints] };
}

function check(
  plan: DocumentPlan,
  operation: { document: DocumentNode; definition: OperationDefinitionNode },
  variables: Record<string, unknown>,
  ctx: GatewayContext,
  options: OperationPlanOptions,
): void {
  for (const hint of plan.batchHints) ctx.batchHints.add(hint);
  for (const { node, field, specs } of plan.fields) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      continue; // Execution reports argument coercion errors with their usual codes.
    }
    checkListArguments(field, args);
    for (const spec of specs) rememberParsedArgs(ctx, node, spec, spec.parseArgs(args, ctx));
  }
  if (plan.upstreamBacked > options.maxUpstreamFields) {
    throw new QueryTooCostlyError(
      `The operation selects ${plan.upstreamBacked} upstream-backed fields; at most ${options.maxUpstreamFields} are allowed in one operation`,
      { maxUpstreamFields: options.maxUpstreamFields },
    );
  }
  const budget = options.upstreamCalls;
  if (budget === undefined || (budget.max <= 0 && budget.maxResultFields <= 0)) return;
  const estimate = estimateUpstreamCalls(plan.schema, operation.document, operation.definition, variables, {
    specs: options.specs,
    assumedListSize: budget.assumedListSize,
    readAhead: budget.readAhead(ctx),
    parsedArgs: ctx.parsedArgs,
  });
  if (budget.maxResultFields > 0 && estimate.resultFields > budget.maxResultFields) {
    throw new QueryTooCostlyError(
      `The operation's answer would hold an estimated ${estimate.resultFields} fields (lists counted as ${budget.assumedListSize} items unless paged); at most ${budget.maxResultFields} are allowed in one operation. Select fewer nested lists or aliases.`,
      {
        estimatedResultFields: estimate.resultFields,
        maxResultFields: budget.maxResultFields,
        assumedListSize: budget.assumedListSize,
      },
    );
  }
  if (budget.max > 0 && estimate.calls > budget.max) {
    const costliest = estimate.fields.slice(0, 5);
    throw new QueryTooCostlyError(
      `The operation would make an estimated ${estimate.calls} upstream calls; at most ${budget.max} are allowed in one operation (costliest: ${costliest.map((f) => `${f.path} ~${f.calls}`).join(', ')}). Ask for shorter time ranges, smaller pages or fewer fields.`,
      {
        estimatedUpstreamCalls: estimate.calls,
        maxUpstreamCalls: budget.max,
        assumedListSize: budget.assumedListSize,
        costliest,
      },
    );
  }
}

/**
 * Applies the field specs to the whole operation before execution starts:
 * - parses the arguments of every spec'd field it selects (inline, in fragments, nested under lists,
 *   on interfaces: with the spec of every implementation), so bad input is refused with
 *   BAD_USER_INPUT before any upstream call; resolvers parse with the same function; list arguments
 *   longer than their bound are refused first (checkListArguments);
 * - caps the upstream-backed fields one operation may select, and, with `upstreamCalls`, the
 *   upstream calls it is estimated to make (estimateUpstreamCalls), both QUERY_TOO_COSTLY naming
 *   the figure and the bound;
 * - records the selected fields' batching hints in `ctx.batchHints`, so loaders can plan batches
 *   knowing which fields are still to come.
 * At startup it checks the specs against the schema (checkFieldSpecs): a renamed field or a missing
 * spec stops the server instead of silently losing its checks.
 *
 * What depends on the document alone (which fields are spec'd, their weight and hints) is planned once
 * per parsed document and operation (Apollo reuses parsed documents for a repeated query text);
 * arguments are parsed per request, as they depend on variables and the clock.
 */
export function operationPlanPlugin(options: OperationPlanOptions): ApolloServerPlugin<GatewayContext> {
  const plans = new WeakMap<DocumentNode, Map<OperationDefinitionNode, DocumentPlan>>();
  const planOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): DocumentPlan => {
    let byOperation = plans.get(document);
    if (byOperation === undefined)
      plans.set(document, (byOperation = new Map<OperationDefinitionNode, DocumentPlan>()));
    let plan = byOperation.get(operation);
    if (plan === undefined || plan.schema !== schema) {
      plan = planDocument(schema, document, operation, options);
      byOperation.set(operation, plan);
    }
    return plan;
  };
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
    async serverWillStart({ schema }) {
      checkFieldSpecs(schema, options.specs);
    },
    requestDidStart() {
      return Promise.resolve({
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.kind !== Kind.OPERATION_DEFINITION) return;
          // Coerced as execution will coerce them; on coercion errors execution reports them itself.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          try {
            check(
              planOf(schema, document, operation),
              { document, definition: operation },
              coerced.coerced,
              contextValue,
              options,
            );
          } catch (err) {
            throw err instanceof MeterqlError ? planTimeError(err) : err;
          }
        },
      });
    },
  };
}
