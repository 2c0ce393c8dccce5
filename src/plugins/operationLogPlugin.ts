import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';

/**
 * One structured log line per GraphQL operation: its name, duration, outcome and the error codes it
 * returned. Never the variables or headers, which may hold keys or tenant data.
 */
export function operationLogPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
    async requestDidStart() {
      const started = performance.now();
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async willSendResponse({ contextValue, operationName, errors, response }) {
          const codes = [
            ...new Set(
              (errors ?? []).map((e) =>
                typeof e.extensions.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
              ),
            ),
          ];
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              ms: Math.round((performance.now() - started) * 10) / 10,
              status: response.http.status ?? 200,
              outcome: codes.length === 0 ? 'ok' : 'error',
              errorCodes: codes,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
