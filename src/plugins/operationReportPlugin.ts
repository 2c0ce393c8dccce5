import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GatewayContext } from '../gateway/context.js';
import type { GatewayMetrics, OperationOutcome } from '../metrics/gatewayMetrics.js';
import { boundedOperationName } from '../metrics/boundedOperationName.js';
import type { ResponseCacheStatus } from '../responseCache/operationTrace.js';

/** One finished operation, as reported. */
export interface OperationReport {
  /** The name the document's operation resolved to; null when unnamed or unresolved. */
  operationName: string | null;
  seconds: number;
  /** The HTTP status sent. */
  status: number;
  outcome: OperationOutcome;
  errorCodes: readonly string[];
  /** Served from the response cache (`hit`), executed after looking (`miss`), or executed without looking (`bypass`). */
  cache: ResponseCacheStatus;
}

/**
 * The logger operation reports are written with: `logger` without its redaction. A report holds
 * only the fields {@link reportOperation} writes (a bounded name, numbers, codes, the cache status),
 * never headers, variables or keys, so there is nothing to redact; pino's redaction walks every
 * object-valued field of every line against its wildcard paths and cost a response-cache hit more
 * than all its other logging (18 µs of 21 µs a line). One child per logger, made on first use.
 */
const reportLoggers = new WeakMap<Logger, Logger>();
function reportLogger(logger: Logger): Logger {
  let child = reportLoggers.get(logger);
  if (child === undefined) {
    child = logger.child({}, { redact: { paths: [] } });
    reportLoggers.set(logger, child);
  }
  return child;
}

/**
 * Reports one GraphQL operation: one structured log line (name, duration, outcome, HTTP status,
 * error codes, response-cache status; a long name is cut to a prefix and a hash, see
 * {@link boundedOperationName}; never the variables or headers, which may hold keys or tenant
 * data) and, when metrics are on, the operation counter and duration histogram. The plugin reports
 * what Apollo executes; the gateway reports what the response cache answers, the same way.
 */
export function reportOperation(logger: Logger, metrics: GatewayMetrics | null, report: OperationReport): void {
  reportLogger(logger).info(
    {
      // Bounded like the metric label: a client must not be able to write megabytes into the log.
      operationName: boundedOperationName(report.operationName),
      ms: Math.round(report.seconds * 10_000) / 10,
      status: report.status,
      outcome: report.outcome,
      errorCodes: report.errorCodes,
      cache: report.cache,
    },
    'graphql operation',
  );
  metrics?.operation(report.operationName, report.outcome, report.seconds, report.cache);
}

/**
 * Reports every GraphQL operation Apollo runs once, measured once (see {@link reportOperation}), and
 * tells the operation's trace how it ended (for the response cache).
 *
 * Outcome: `ok` (no errors), `partial` (data with errors: some fields failed, their siblings
 * answered) or `error` (no data: bad request, failed validation, or every field failed). The name is
 * the operation the document resolved to, so a client cannot invent metric label values with a name
 * the document does not hold.
 */
export function operationReportPlugin(metrics: GatewayMetrics | null): ApolloServerPlugin<GatewayContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
    async requestDidStart() {
      const started = performance.now();
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async willSendResponse({ contextValue, operation, errors, response }) {
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
          const { trace } = contextValue;
          trace.operationType = operation?.operation ?? null;
          trace.operationName = operation?.name?.value ?? null;
          trace.outcome = outcome;
          reportOperation(contextValue.logger, metrics, {
            operationName: trace.operationName,
            seconds,
            status: response.http.status ?? 200,
            outcome,
            errorCodes: codes,
            cache: trace.cache,
          });
        },
      };
    },
  };
}
