import { parseDateTime } from '../../../time/utcTime.js';
import type { TopAvgMetricsRequest } from './topAverageMetricsClient.js';

/** The upstream parameters a top-average-metrics stream is read with (everything but the cursor). */
export type TopAvgMetricsParams = Omit<TopAvgMetricsRequest, 'nextRecordId'>;

/**
 * Serializes params into the opaque string that keys the page loader and travels in connection
 * cursors, so a later request resumes the very upstream stream (same period, names and page size)
 * its cursor came from. The inverse of {@link parseTopAvgMetricsParams}.
 */
export function formatTopAvgMetricsParams(p: TopAvgMetricsParams): string {
  return JSON.stringify([p.period.kind, p.period.start.toISOString(), p.limit, p.names]);
}

/**
 * Parses params produced by {@link formatTopAvgMetricsParams}. The string comes from a signed
 * cursor or from this gateway, so a failure here means a bug, not user input; it still throws
 * rather than guessing.
 */
export function parseTopAvgMetricsParams(text: string): TopAvgMetricsParams {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 4) {
    const [kind, start, limit, names] = parsed as unknown[];
    const startDate = typeof start === 'string' ? parseDateTime(start) : null;
    const namesOk = names === null || (Array.isArray(names) && names.every((n) => typeof n === 'string'));
    if ((kind === 'month' || kind === 'day') && startDate && Number.isInteger(limit) && namesOk) {
      return {
        period: { kind, start: startDate },
        limit: limit as number,
        names,
      };
    }
  }
  throw new Error(`malformed top average metrics params: ${text}`);
}
