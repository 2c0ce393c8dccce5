import { numberOrNull } from '../../../json/jsonNumber.js';
import { isRecord, malformedBody } from '../datadogApi.js';

/** One charge of a cost row (`ChargebackBreakdown`). */
export interface ChargeDto {
  product_name: string;
  charge_type: string;
  cost: number;
}

/**
 * One row of GetHistoricalCostByOrg, GetEstimatedCostByOrg or GetProjectedCost (`CostByOrg` /
 * `ProjectedCost`). `total_cost` holds `projected_total_cost` for projections.
 */
export interface OrgCostDto {
  id: string;
  type: string;
  org_name: string;
  public_id: string;
  region: string;
  account_name?: string;
  account_public_id?: string;
  /** RFC 3339 as the upstream wrote it. */
  date: string;
  total_cost: number;
  charges: ChargeDto[];
}

function toCharge(endpoint: string, c: unknown, where: string): ChargeDto {
  const cost = isRecord(c) ? numberOrNull(c.cost) : null;
  if (!isRecord(c) || typeof c.product_name !== 'string' || typeof c.charge_type !== 'string' || cost === null) {
    throw malformedBody(endpoint, `${where} is not {product_name, charge_type, cost}`);
  }
  return { product_name: c.product_name, charge_type: c.charge_type, cost };
}

/** Reads `{data: [CostByOrg | ProjectedCost]}`; `totalField` is `total_cost` or `projected_total_cost`. */
export function readOrgCostBody(
  endpoint: string,
  body: unknown,
  totalField: 'total_cost' | 'projected_total_cost',
): OrgCostDto[] {
  if (!isRecord(body)) throw malformedBody(endpoint, 'not an object');
  const data = body.data ?? [];
  if (!Array.isArray(data)) throw malformedBody(endpoint, '`data` is not a list');
  return data.map((item, i): OrgCostDto => {
    if (!isRecord(item) || !isRecord(item.attributes)) throw malformedBody(endpoint, `data[${i}].attributes missing`);
    const a = item.attributes;
    if (typeof a.public_id !== 'string' || typeof a.date !== 'string' || Number.isNaN(Date.parse(a.date))) {
      throw malformedBody(endpoint, `data[${i}] lacks public_id or a date`);
    }
    const charges = a.charges ?? [];
    if (!Array.isArray(charges)) throw malformedBody(endpoint, `data[${i}].charges is not a list`);
    const parsed = charges.map((c, j) => toCharge(endpoint, c, `data[${i}].charges[${j}]`));
    // An absent total is the sum of the `total` charges (it always is, where the upstream sends it).
    const total =
      numberOrNull(a[totalField]) ??
      parsed.filter((c) => c.charge_type === 'total').reduce((acc, c) => acc + c.cost, 0);
    return {
      id: typeof item.id === 'string' ? item.id : '',
      type: typeof item.type === 'string' ? item.type : '',
      org_name: typeof a.org_name === 'string' ? a.org_name : '',
      public_id: a.public_id,
      region: typeof a.region === 'string' ? a.region : '',
      account_name: typeof a.account_name === 'string' ? a.account_name : undefined,
      account_public_id: typeof a.account_public_id === 'string' ? a.account_public_id : undefined,
      date: a.date,
      total_cost: total,
      charges: parsed,
    };
  });
}
