import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  getNamedType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MeterqlError, QueryTooCostlyError } from '../errors.js';
import type { GatewayContext } from '../gateway/context.js';

/** Checks one field's arguments; throws a MeterqlError (BAD_USER_INPUT) when they cannot be served. */
export type ArgumentValidator = (args: Record<string, unknown>, ctx: GatewayContext) => void;

export interface OperationPlanOptions {
  /** Validators by field coordinate, e.g. `Query.hourlyUsage`. */
  validators: Readonly<Record<string, ArgumentValidator>>;
  /**
   * Fields that each read upstream data (coordinates); an operation may select at most
   * `maxUpstreamFields` of them, counted in the document as written.
   */
  upstreamFields: readonly string[];
  maxUpstreamFields: number;
}

function planTimeError(err: MeterqlError): MeterqlError {
  // Raised before execution, the whole operation is refused: HTTP 400, not a 200 with partial data.
  return new MeterqlError(err.code, err.message, { ...err.extensions, http: { status: 400 } });
}

function check(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  ctx: GatewayContext,
  options: OperationPlanOptions,
): void {
  const typeInfo = new TypeInfo(schema);
  let upstreamBacked = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || !isObjectType(getNamedType(parent))) return;
        const coordinate = `${parent.name}.${node.name.value}`;
        ctx.selectedFields.add(coordinate);
        if (options.upstreamFields.includes(coordinate)) upstreamBacked += 1;
        const validator = options.validators[coordinate];
        if (!validator) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return; // Execution reports argument coercion errors with their usual codes.
        }
        validator(args, ctx);
      },
    }),
  );
  if (upstreamBacked > options.maxUpstreamFields) {
    throw new QueryTooCostlyError(
      `The operation selects ${upstreamBacked} upstream-backed fields; at most ${options.maxUpstreamFields} are allowed in one operation`,
      { maxUpstreamFields: options.maxUpstreamFields },
    );
  }
}

/**
 * Looks at the whole operation before execution starts:
 * - checks the arguments of every field it selects (inline, in fragments, nested under lists), so
 *   bad input is refused with BAD_USER_INPUT before any upstream call (resolvers keep their own
 *   checks; this only moves the failure earlier);
 * - caps how many upstream-backed fields one operation may select (QUERY_TOO_COSTLY);
 * - records the selected field coordinates in `ctx.selectedFields`, so loaders can plan batches
 *   knowing which fields are still to come.
 */
export function operationPlanPlugin(options: OperationPlanOptions): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.kind !== Kind.OPERATION_DEFINITION) return;
          // Coerced as execution will coerce them; on coercion errors execution reports them itself.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          try {
            check(schema, document, operation, coerced.coerced, contextValue, options);
          } catch (err) {
            throw err instanceof MeterqlError ? planTimeError(err) : err;
          }
        },
      });
    },
  };
}
