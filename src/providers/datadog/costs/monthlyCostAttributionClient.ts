import { tagsOrNull } from '../attribution/attributionBody.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';
import { numberOrNull } from '../../../json/jsonNumber.js';

/** `GET /api/v2/cost_by_tag/monthly_cost_attribution` (operationId GetMonthlyCostAttribution); parent-org keys only. */
export const GET_MONTHLY_COST_ATTRIBUTION = 'GetMonthlyCostAttribution';

/** One record (`MonthlyCostAttributionBody` attributes, with its id). Field names as upstream. */
export interface CostAttributionDto {
  id: string;
  month: string;
  org_name: string;
  public_id: string;
  tag_config_source: string | null;
  /** Tag key to values; null for totals (no breakdown). */
  tags: Record<string, string[]> | null;
  updated_at: string | null;
  /** Field name to value; values are numbers, other shapes are kept as they came. */
  values: Record<string, unknown>;
}

/** One entry of `meta.aggregates`. */
export interface CostAttributionAggregateDto {
  agg_type: string;
  field: string;
  value: number | null;
}

/** One upstream page. */
export interface CostAttributionPage {
  records: CostAttributionDto[];
  next: string | null;
  aggregates: CostAttributionAggregateDto[];
}

function toRecord(item: unknown, i: number): CostAttributionDto {
  if (!isRecord(item) || !isRecord(item.attributes)) {
    throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, `data[${i}].attributes missing`);
  }
  const a = item.attributes;
  if (typeof a.public_id !== 'string' || typeof a.month !== 'string' || Number.isNaN(Date.parse(a.month))) {
    throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, `data[${i}] lacks public_id or a month`);
  }
  const values = a.values ?? {};
  if (!isRecord(values)) throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, `data[${i}].values is not an object`);
  return {
    id: typeof item.id === 'string' ? item.id : '',
    month: a.month,
    org_name: typeof a.org_name === 'string' ? a.org_name : '',
    public_id: a.public_id,
    tag_config_source: typeof a.tag_config_source === 'string' ? a.tag_config_source : null,
    tags: tagsOrNull(GET_MONTHLY_COST_ATTRIBUTION, a.tags, `data[${i}].attributes.tags`),
    updated_at: typeof a.updated_at === 'string' ? a.updated_at : null,
    values,
  };
}

function toAggregate(item: unknown, i: number): CostAttributionAggregateDto {
  if (!isRecord(item) || typeof item.field !== 'string') {
    throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, `meta.aggregates[${i}] lacks a field`);
  }
  const value = numberOrNull(item.value);
  return { agg_type: typeof item.agg_type === 'string' ? item.agg_type : '', field: item.field, value };
}

/**
 * Fetches one page. `query` is the normalized request (every parameter but the cursor), as built by
 * the gateway. Rejects only with UpstreamError.
 */
export async function fetchMonthlyCostAttributionPage(
  api: DatadogApi,
  query: ReadonlyArray<readonly [string, string]>,
  nextRecordId: string | null,
): Promise<CostAttributionPage> {
  return datadogGet(
    api,
    GET_MONTHLY_COST_ATTRIBUTION,
    '/api/v2/cost_by_tag/monthly_cost_attribution',
    nextRecordId === null ? query : [...query, ['next_record_id', nextRecordId]],
    parseMonthlyCostAttributionPage,
  );
}

/** Validates one page body; throws `malformedBody` for anything undocumented. */
function parseMonthlyCostAttributionPage(body: unknown): CostAttributionPage {
  if (!isRecord(body)) throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, 'not an object');
  const data = body.data ?? [];
  if (!Array.isArray(data)) throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, '`data` is not a list');
  const meta = isRecord(body.meta) ? body.meta : {};
  const aggregates = meta.aggregates ?? [];
  if (!Array.isArray(aggregates)) throw malformedBody(GET_MONTHLY_COST_ATTRIBUTION, '`meta.aggregates` is not a list');
  let next: string | null = null;
  if (isRecord(meta.pagination)) {
    const n = meta.pagination.next_record_id;
    if (typeof n === 'string' && n !== '') next = n;
  }
  return { records: data.map(toRecord), next, aggregates: aggregates.map(toAggregate) };
}
