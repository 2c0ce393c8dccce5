import { formatMonth } from '../../../time/utcTime.js';
import { isJsonInteger } from '../../../json/jsonNumber.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v1/usage/billable-summary` (operationId GetUsageBillableSummary); parent-org keys only. */
export const GET_USAGE_BILLABLE_SUMMARY = 'GetUsageBillableSummary';

/** One billable key's figures (`UsageBillableSummaryBody`); int64 fields may arrive as bigint. */
export interface BillableUsageBodyDto {
  account_billable_usage?: number | bigint | null;
  account_committed_usage?: number | bigint | null;
  account_on_demand_usage?: number | bigint | null;
  elapsed_usage_hours?: number | bigint | null;
  first_billable_usage_hour?: string | null;
  last_billable_usage_hour?: string | null;
  org_billable_usage?: number | bigint | null;
  percentage_in_account?: number | null;
  usage_unit?: string | null;
}

/** One org's row for the month (`UsageBillableSummaryHour`). */
export interface BillableUsageRowDto {
  org_name: string;
  public_id: string;
  region: string;
  account_name?: string | null;
  account_public_id?: string | null;
  billing_plan?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  num_orgs?: number | bigint | null;
  ratio_in_month?: number | null;
  /** Billable key (e.g. `infra_host_top99p`, or any key the upstream adds later) -> figures, in upstream order. */
  usage: Array<[string, BillableUsageBodyDto]>;
}

const INT_FIELDS = [
  'account_billable_usage',
  'account_committed_usage',
  'account_on_demand_usage',
  'elapsed_usage_hours',
  'org_billable_usage',
] as const;
const STRING_FIELDS = ['first_billable_usage_hour', 'last_billable_usage_hour', 'usage_unit'] as const;

const isInt = (v: unknown): v is number | bigint | null | undefined =>
  v === undefined || v === null || isJsonInteger(v);
const isNum = (v: unknown): v is number | null | undefined => v === undefined || v === null || typeof v === 'number';
const isStr = (v: unknown): v is string | null | undefined => v === undefined || v === null || typeof v === 'string';

function toBody(value: unknown, where: string): BillableUsageBodyDto {
  if (!isRecord(value)) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where} is not an object`);
  for (const name of INT_FIELDS) {
    if (!isInt(value[name])) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.${name} is not an integer`);
  }
  for (const name of STRING_FIELDS) {
    if (!isStr(value[name])) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.${name} is not a string`);
  }
  if (!isNum(value.percentage_in_account)) {
    throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.percentage_in_account is not a number`);
  }
  return value;
}

function toRow(item: unknown, i: number): BillableUsageRowDto {
  const where = `usage[${i}]`;
  if (!isRecord(item) || typeof item.public_id !== 'string') {
    throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where} lacks public_id`);
  }
  const usage = item.usage ?? {};
  if (!isRecord(usage)) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.usage is not an object`);
  for (const name of [
    'org_name',
    'region',
    'account_name',
    'account_public_id',
    'billing_plan',
    'start_date',
    'end_date',
  ]) {
    if (!isStr(item[name])) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.${name} is not a string`);
  }
  if (!isInt(item.num_orgs)) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.num_orgs is not an integer`);
  if (!isNum(item.ratio_in_month)) {
    throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, `${where}.ratio_in_month is not a number`);
  }
  return {
    ...(item as Omit<BillableUsageRowDto, 'usage'>),
    org_name: typeof item.org_name === 'string' ? item.org_name : '',
    public_id: item.public_id,
    region: typeof item.region === 'string' ? item.region : '',
    usage: Object.entries(usage).map(([key, value]) => [key, toBody(value, `${where}.usage.${key}`)]),
  };
}

/** Fetches the billable summary of one month. Rejects only with UpstreamError. */
export async function fetchUsageBillableSummary(api: DatadogApi, month: Date): Promise<BillableUsageRowDto[]> {
  return datadogGet(
    api,
    GET_USAGE_BILLABLE_SUMMARY,
    '/api/v1/usage/billable-summary',
    [['month', formatMonth(month)]],
    parseUsageBillableSummary,
  );
}

/** Validates the body; throws `malformedBody` for anything undocumented. */
function parseUsageBillableSummary(body: unknown): BillableUsageRowDto[] {
  if (!isRecord(body)) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, 'not an object');
  const usage = body.usage ?? [];
  if (!Array.isArray(usage)) throw malformedBody(GET_USAGE_BILLABLE_SUMMARY, '`usage` is not a list');
  return usage.map(toRow);
}
