import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../gateway/context.js';
import type { GatewayMetrics, OperationOutcome } from '../metrics/gatewayMetrics.js';

/**
 * Reports every GraphQL operation once, measured once: one structured log line (name, duration,
 * outcome, HTTP status, error codes; never the variables or headers, which may hold keys or tenant
 * data) and, when metrics are on, the operation counter and duration histogram.
 *
 * Outcome: `ok` (no errors), `partial` (data with errors: some fields failed, their siblings
 * answered) or `error` (no data: bad request, failed validation, or every field failed). The metric's
 * name label is the operation the document resolved to, so a client cannot invent label values with
 * a name the document does not hold; the log keeps the name the client sent.
 */
export function operationReportPlugin(metrics: GatewayMetrics | null): ApolloServerPlugin<GatewayContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
    async requestDidStart() {
      const started = performance.now();
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async willSendResponse({ contextValue, operation, operationName, errors, response }) {
          const seconds = (performance.now() - started) / 1000;
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const data = 'data' in result ? result.data : undefined;
          const allErrors = [...(errors ?? []), ...(result.errors ?? [])];
          const outcome: OperationOutcome =
            allErrors.length === 0 ? 'ok' : data !== null && data !== undefined ? 'partial' : 'error';
          const codes = [
            ...new Set(
              allErrors.map((e) =>
                typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
              ),
            ),
          ];
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              ms: Math.round(seconds * 10_000) / 10,
              status: response.http.status ?? 200,
              outcome,
              errorCodes: codes,
            },
            'graphql operation',
          );
          metrics?.operation(operation?.name?.value ?? null, outcome, seconds);
        },
      };
    },
  };
}
