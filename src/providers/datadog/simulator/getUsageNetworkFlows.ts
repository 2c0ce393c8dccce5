/**
 * GET /api/v1/usage/network_flows (operationId GetUsageNetworkFlows; deprecated upstream in favour of
 * GetHourlyUsage with `network_flows`). As recorded: the calling org's own hours only (child-org keys
 * get their own org), one row per reported hour of `[start_hr, end_hr)`, ascending; `end_hr`
 * defaults to 24 hours after `start_hr`; the window may span at most two months (one org).
 * `indexed_events_count` is the `network_flows` / `indexed_events_count` hourly value (null when the
 * upstream reports null), so this endpoint always agrees with hourly usage.
 */
import { HOUR_MS, addMonths, formatHour, formatRfc3339 } from '../../../time/utcTime.js';
import { SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';
import { BadRequestError, jsonResponse } from '../../../simulator/apiResponse.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { reportedRange } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { hourParam } from '../../../simulator/queryParams.js';

/** The hourly series the endpoint reports. */
export const NETWORK_FLOWS_SERIES = { family: 'network_flows', usageType: 'indexed_events_count' } as const;

/** Serves the hours; throws BadRequestError for invalid parameters. */
export function getUsageNetworkFlows(ctx: HandlerContext): ApiResponse {
  const { world, org } = ctx;
  const start = hourParam(ctx.query, 'start_hr', true) as Date;
  const end = hourParam(ctx.query, 'end_hr', false) ?? new Date(start.getTime() + 24 * HOUR_MS);
  if (start.getTime() >= end.getTime()) {
    throw new BadRequestError('start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]');
  }
  const latestEnd = addMonths(start, SINGLE_ORG_WINDOW_MONTHS);
  if (end > latestEnd) {
    throw new BadRequestError(
      `Hourly usage for a single organization is limited to ${SINGLE_ORG_WINDOW_MONTHS} months per request; got ${formatHour(start)} to ${formatHour(end)}, the latest end_hr for this start_hr is ${formatHour(latestEnd)}`,
    );
  }
  const { startMs, endMs } = reportedRange(world.now, start, end);
  const usage: Record<string, unknown>[] = [];
  for (let t = startMs; t < endMs; t += HOUR_MS) {
    const hour = new Date(t);
    usage.push({
      org_name: org.name,
      public_id: org.publicId,
      indexed_events_count:
        world.value(org.publicId, NETWORK_FLOWS_SERIES.family, NETWORK_FLOWS_SERIES.usageType, hour) ?? null,
      hour: formatRfc3339(hour),
    });
  }
  return jsonResponse(200, { usage });
}
