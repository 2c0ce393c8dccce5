import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createCompiledExecutor } from './compiledExecutor.js';

/** What Apollo's `gateway` option takes (its executor hook). */
export type ExecutionGateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** The schema: SDL documents and resolvers, as Apollo's own `typeDefs` and `resolvers` options take them. */
export type ExecutableSchemaDefinition = Parameters<typeof makeExecutableSchema>[0];

/**
 * Apollo's `gateway` hook used for one purpose: to run operations through the compiled executor
 * (compiledExecutor.ts). The schema is built from `definition` exactly as Apollo builds it from its
 * `typeDefs` and `resolvers` options (graphql-tools' makeExecutableSchema). Everything else stays
 * Apollo's: parsing and
 * validation (and their caches), plugins, error formatting (result errors go through `formatError`
 * as with Apollo's own execution), HTTP status, `stringifyResult`.
 *
 * Limitation: Apollo plugins' `willResolveField` hooks are not called by the compiled executor
 * (none of the gateway's plugins has one).
 */
export function compiledExecutionGateway(definition: ExecutableSchemaDefinition): ExecutionGateway {
  const schema = makeExecutableSchema(definition);
  const execute = createCompiledExecutor(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () =>
      Promise.resolve({
        executor: async (requestContext) =>
          execute({
            document: requestContext.document,
            operation: requestContext.operation,
            operationName: requestContext.request.operationName,
            variableValues: requestContext.request.variables,
            contextValue: requestContext.context,
          }),
      }),
    stop: () => Promise.resolve(),
  };
}
