/**
 * GET /api/v2/cost_by_tag/active_billing_dimensions (GetActiveBillingDimensions) and
 * GET /api/v2/usage/billing_dimension_mapping (GetBillingDimensionMapping), from the catalog.
 *
 * A dimension is active in a month when the account used it that month (a non-zero billable
 * quantity in {@link monthBill}). Active billing dimensions are those of the last closed month (the
 * recorded answer, made in November, names October). The mapping ties each dimension to the keys it
 * comes from in the other usage endpoints; it is parent-org only and, like the other newer v2
 * endpoints, answers errors as JSON:API error objects (recorded).
 */
import { addMonths, parseDateTime, parseMonth, startOfMonth } from '../../../time/utcTime.js';
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { monthBill } from './billing.js';
import { BILLING_DIMENSIONS, type BillingDimension } from './billingCatalog.js';
import type { DatadogWorld } from './datadogWorld.js';
import { SUMMARY_FIELDS } from './getUsageSummary.js';
import type { HandlerContext } from './handlerContext.js';
import { sha256Hex } from '../../../simulator/hashing.js';
import { optionalParam } from '../../../simulator/queryParams.js';

/** Plan & Usage labels of the catalog's dimensions. */
const IN_APP_LABELS: Readonly<Record<string, string>> = {
  apm_host: 'APM Hosts',
  apm_trace_search: 'Indexed Spans',
  dbm_host: 'Database Monitoring Hosts',
  fargate_container: 'Fargate Tasks',
  infra_container: 'Containers',
  infra_host: 'Infra Hosts',
  ingested_spans: 'Ingested Spans',
  lambda_function: 'Serverless Functions',
  logs_indexed_15day: 'Indexed Logs (15-day Retention)',
  logs_ingested: 'Ingested Logs',
  network_device: 'Network Devices',
  timeseries: 'Custom Metrics',
};

/** `YYYY-MM-DDThh:mm:ssZ`, as these endpoints write instants. */
function isoSeconds(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The dimensions the account used in the month containing `month`, in catalog order. */
export function activeDimensions(world: DatadogWorld, month: Date): BillingDimension[] {
  return monthBill(world, month)
    .dimensions.filter((d) => d.account.accountUsage > 0)
    .map((d) => d.account.dimension);
}

/** GetActiveBillingDimensions: the dimensions of the last closed month. */
export function getActiveBillingDimensions(ctx: HandlerContext): ApiResponse {
  const month = addMonths(startOfMonth(ctx.world.now), -1);
  const values = activeDimensions(ctx.world, month).map((d) => d.id);
  return jsonResponse(200, {
    data: {
      type: 'billing_dimensions',
      id: sha256Hex(`billing_dimensions|${ctx.world.parent.publicId}|${isoSeconds(month)}`),
      attributes: { month: isoSeconds(month), values },
    },
  });
}

/** One endpoint's keys for a dimension. */
interface EndpointKeys {
  id: string;
  keys: string[];
  status: 'OK' | 'NOT_FOUND';
}

function endpointsOf(d: BillingDimension): EndpointKeys[] {
  const summaryKeys = SUMMARY_FIELDS.filter((f) => f.family === d.family && f.usageType === d.usageType).flatMap((f) =>
    f.name === null ? [] : [f.name],
  );
  const entry = (id: string, keys: string[]): EndpointKeys => ({ id, keys, status: keys.length ? 'OK' : 'NOT_FOUND' });
  return [
    entry('api/v1/usage/billable-summary', [d.billableKey]),
    entry('api/v2/usage/hourly_usage', [`${d.family}:${d.usageType}`]),
    entry('api/v1/usage/hourly-attribution', [d.attributionType]),
    entry('api/v1/usage/monthly-attribution', [d.attributionType]),
    entry('api/v1/usage/summary', summaryKeys),
  ];
}

/** GetBillingDimensionMapping. */
export function getBillingDimensionMapping(ctx: HandlerContext): ApiResponse {
  const { world, query } = ctx;
  const monthText = optionalParam(query, 'filter[month]');
  let month = startOfMonth(world.now);
  if (monthText !== undefined) {
    const parsed = parseMonth(monthText) ?? parseDateTime(monthText);
    if (!parsed) {
      throw new BadRequestError(
        `Invalid value for the parameter 'filter[month]': expected an ISO-8601 date-time in UTC (a month), got '${monthText}'`,
      );
    }
    month = startOfMonth(parsed);
  }
  const view = optionalParam(query, 'filter[view]') ?? 'active';
  if (view !== 'active' && view !== 'all') {
    throw new BadRequestError(
      `Invalid value for the parameter 'filter[view]': expected 'active' or 'all', got '${view}'`,
    );
  }
  const dimensions = view === 'all' ? BILLING_DIMENSIONS : activeDimensions(world, month);
  const timestamp = isoSeconds(month);
  return jsonResponse(200, {
    data: dimensions.map((d) => ({
      id: d.id,
      type: 'billing_dimensions',
      attributes: {
        endpoints: endpointsOf(d),
        in_app_label: IN_APP_LABELS[d.id] ?? d.id,
        timestamp,
      },
    })),
  });
}
