import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import type { GatewayMetrics, OperationOutcome } from './gatewayMetrics.js';

/**
 * Counts every GraphQL operation by name and outcome and times it: `ok` (no errors), `partial` (data
 * with errors: some fields failed, their siblings answered) or `error` (no data: bad request, failed
 * validation, or every field failed). The name is the operation the document resolved to, so a
 * client cannot invent label values with a name the document does not hold.
 */
export function operationMetricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
    async requestDidStart() {
      const started = performance.now();
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async willSendResponse({ operation, errors, response }) {
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const data = 'data' in result ? result.data : undefined;
          const failed = (errors?.length ?? 0) > 0 || (result.errors?.length ?? 0) > 0;
          const outcome: OperationOutcome = !failed ? 'ok' : data !== null && data !== undefined ? 'partial' : 'error';
          metrics.operation(operation?.name?.value ?? null, outcome, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
