import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * Metrics of a cluster of gateway processes (`METERQL_WORKERS` > 1): `/metrics` answered by any
 * worker reports the sum over all workers. The worker that gets the request asks the primary
 * ({@link METRICS_REQUEST}); the primary collects every worker's registry through prom-client's
 * `AggregatorRegistry` (its own messages, answered by each worker's prom-client) and answers with the
 * aggregated text ({@link METRICS_ANSWER}). Counters and histograms are summed; gauges by the
 * `aggregator` each declares (sum unless said otherwise).
 */

/** A worker asks the primary for the aggregated metrics. */
const METRICS_REQUEST = 'meterql:metrics-request';
/** The primary's answer to {@link METRICS_REQUEST}. */
const METRICS_ANSWER = 'meterql:metrics-answer';

/** How long a worker waits for the primary's answer before `/metrics` fails. */
const ANSWER_TIMEOUT_MS = 10_000;

/** The exposition text and its content type, as `GET /metrics` serves it. */
export interface RenderedMetrics {
  contentType: string;
  body: string;
}

interface MetricsRequest {
  type: typeof METRICS_REQUEST;
  id: number;
}

interface MetricsAnswer {
  type: typeof METRICS_ANSWER;
  id: number;
  contentType?: string;
  body?: string;
  error?: string;
}

const isMessage = <T extends { type: string }>(message: unknown, type: T['type']): message is T =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

/** In the primary: answers the workers' requests for the aggregated metrics. Call once, before forking. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, METRICS_REQUEST)) return;
    const answer = (fields: Omit<MetricsAnswer, 'type' | 'id'>): void => {
      if (worker.isConnected()) worker.send({ type: METRICS_ANSWER, id: message.id, ...fields });
    };
    aggregator.clusterMetrics().then(
      (body) => answer({ contentType: aggregator.contentType, body }),
      (err: unknown) => answer({ error: err instanceof Error ? err.message : String(err) }),
    );
  });
}

/**
 * In a worker: registers `registry` as the one the primary collects, and returns what renders
 * `/metrics`: the sum over all workers, asked of the primary.
 */
export function clusterMetricsSource(registry: Registry): () => Promise<RenderedMetrics> {
  // Constructing one installs prom-client's answer to the primary's collection requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
  let nextId = 0;
  const pending = new Map<number, { resolve: (m: RenderedMetrics) => void; reject: (e: Error) => void }>();
  process.on('message', (message: unknown) => {
    if (!isMessage<MetricsAnswer>(message, METRICS_ANSWER)) return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.body !== undefined && message.contentType !== undefined) {
      waiter.resolve({ contentType: message.contentType, body: message.body });
    } else {
      waiter.reject(new Error(`cluster metrics: the primary could not aggregate: ${message.error ?? 'no answer'}`));
    }
  });
  return () =>
    new Promise<RenderedMetrics>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`cluster metrics: no answer from the primary within ${ANSWER_TIMEOUT_MS} ms`));
      }, ANSWER_TIMEOUT_MS);
      pending.set(id, {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      const request: MetricsRequest = { type: METRICS_REQUEST, id };
      process.send?.(request);
    });
}
