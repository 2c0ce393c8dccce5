/**
 * The simulator's `hourly_breakdown_query`: base64 of a small JSON object naming one usage item
 * (namespace, object, metric label and window). Clients pass it back as is; only the simulator reads it.
 */

/** What a query names. */
export interface HourlyQuery {
  namespace: string;
  objectName: string;
  metricLabel: string;
  /** Whole hours, ms since the epoch: `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
}

/** Writes a query (keys in F5's own `MetricLabel` style). */
export function encodeHourlyQuery(q: HourlyQuery): string {
  const json = JSON.stringify({
    Namespace: q.namespace,
    ObjectName: q.objectName,
    MetricLabel: q.metricLabel,
    From: new Date(q.from).toISOString(),
    To: new Date(q.to).toISOString(),
  });
  return Buffer.from(json, 'utf8').toString('base64');
}

/** Reads a query {@link encodeHourlyQuery} wrote; null for anything else. */
export function decodeHourlyQuery(text: string): HourlyQuery | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { Namespace, ObjectName, MetricLabel, From, To } = v;
  if (typeof Namespace !== 'string' || typeof ObjectName !== 'string' || typeof MetricLabel !== 'string') return null;
  if (typeof From !== 'string' || typeof To !== 'string') return null;
  const from = Date.parse(From);
  const to = Date.parse(To);
  if (Number.isNaN(from) || Number.isNaN(to) || from % 3_600_000 !== 0 || to % 3_600_000 !== 0 || to < from) {
    return null;
  }
  return { namespace: Namespace, objectName: ObjectName, metricLabel: MetricLabel, from, to };
}
