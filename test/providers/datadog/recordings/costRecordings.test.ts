import { describe, expect, it } from 'vitest';
import { recordedFixture, serveRecorded } from '../../../helpers/recordedFixture.js';
import { UpstreamError } from '../../../../src/errors.js';
import { fetchEstimatedCost } from '../../../../src/providers/datadog/costs/estimatedCostClient.js';
import { fetchProjectedCost } from '../../../../src/providers/datadog/costs/projectedCostClient.js';
import { fetchActiveBillingDimensions } from '../../../../src/providers/datadog/costs/activeBillingDimensionsClient.js';
import { fetchBillingDimensionMapping } from '../../../../src/providers/datadog/costs/billingDimensionMappingClient.js';
import { fetchMonthlyCostAttributionPage } from '../../../../src/providers/datadog/costs/monthlyCostAttributionClient.js';
import type { OrgCostDto } from '../../../../src/providers/datadog/costs/orgCostBody.js';
import { formatDecimal } from '../../../../src/money/decimal.js';

/** A cost row with its amounts as decimal text, for comparing with the recorded literals. */
const withAmountText = (r: OrgCostDto) => ({
  ...r,
  total_cost: formatDecimal(r.total_cost),
  charges: r.charges.map((c) => ({ ...c, cost: formatDecimal(c.cost) })),
});

/** By path: the status and body Datadog answered (recorded by Datadog's own client tests). */
const ANSWERS: Record<string, [number, string]> = {
  '/api/v2/usage/estimated_cost': [200, recordedFixture('estimated_cost_by_org.json')],
  '/api/v2/usage/projected_cost': [200, recordedFixture('projected_cost.json')],
  '/api/v2/cost_by_tag/active_billing_dimensions': [200, recordedFixture('active_billing_dimensions.json')],
  '/api/v2/usage/billing_dimension_mapping': [400, recordedFixture('billing_dimension_mapping_bad_request.json')],
  '/api/v2/cost_by_tag/monthly_cost_attribution': [400, recordedFixture('monthly_cost_attribution_bad_request.json')],
};

/** The cost clients on bodies recorded from the real API, served by a server that answers exactly those. */
describe('cost clients on recorded Datadog answers', () => {
  const api = serveRecorded(
    (req) => ANSWERS[new URL(req.url ?? '/', 'http://x').pathname] ?? [404, '{"errors":["Not found"]}'],
  );

  it('estimated cost: the recorded row, charges as sent', async () => {
    const rows = await fetchEstimatedCost(api(), {
      view: 'summary',
      startDate: new Date('2022-04-20'),
      endDate: new Date('2022-04-22'),
      costAggregation: null,
    });
    expect(rows.map(withAmountText)).toEqual([
      {
        id: '5d1702ab10f060719ae5aa1fd7ba09e3d7e0fb371b8319051c616a1fcad254e9',
        type: 'cost_by_org',
        org_name: 'RQ Dummy Tests',
        public_id: 'fasjyydbcgwwc2uc',
        region: '',
        account_name: undefined,
        account_public_id: undefined,
        date: '2022-04-25T17:00:00+00:00',
        total_cost: '73.17',
        charges: [
          { product_name: 'infra_host', charge_type: 'committed', cost: '0' },
          { product_name: 'synthetics_api_tests', charge_type: 'on_demand', cost: '72' },
          { product_name: 'infra_host', charge_type: 'committed', cost: '1.17' },
        ],
      },
    ]);
  });

  it('projected cost: projected_total_cost read as the total, 153 charges of products unknown to the catalog', async () => {
    const rows = await fetchProjectedCost(api(), { view: 'sub-org' });
    expect(rows).toHaveLength(1);
    expect(withAmountText(rows[0]!)).toMatchObject({
      type: 'projected_cost',
      public_id: 'yB5yjZ',
      total_cost: '270247170',
    });
    expect(rows[0]!.date).toBe('2023-11-30T00:00:00Z');
    expect(rows[0]!.charges).toHaveLength(153);
    // Every amount is the literal Datadog wrote, digit for digit (up to 15 significant digits, e.g.
    // 188889904.951552), not the double nearest to it.
    const literals = [...recordedFixture('projected_cost.json').matchAll(/"cost":\s*(-?[0-9.]+)[,}\s]/g)].map(
      (m) => m[1],
    );
    expect(literals).toHaveLength(153);
    expect(literals).toContain('188889904.951552');
    expect(rows[0]!.charges.map((c) => formatDecimal(c.cost))).toEqual(literals);
  });

  it('active billing dimensions', async () => {
    const dto = await fetchActiveBillingDimensions(api());
    expect(dto?.month).toBe('2023-10-01T00:00:00Z');
    expect(dto?.values).toHaveLength(74);
    expect(dto?.values).toContain('infra_host');
  });

  it('a JSON:API error object and a plain error string both become BAD_USER_INPUT with the upstream text', async () => {
    const mapping = await fetchBillingDimensionMapping(api(), { month: null, view: null }).catch((e: unknown) => e);
    const attribution = await fetchMonthlyCostAttributionPage(api(), [['fields', 'not_a_product']], null).catch(
      (e: unknown) => e,
    );
    for (const [err, endpoint, said] of [
      [
        mapping,
        'GetBillingDimensionMapping',
        'Bad Request: API called with non-parent org keys. Data is only available at the root level org',
      ],
      [
        attribution,
        'GetMonthlyCostAttribution',
        'API called with non-parent org keys. Data is only available at the root level org',
      ],
    ] as const) {
      expect(err).toBeInstanceOf(UpstreamError);
      expect((err as UpstreamError).extensions.code).toBe('BAD_USER_INPUT');
      expect((err as UpstreamError).upstream).toEqual({ provider: 'datadog', endpoint, status: 400, errors: [said] });
    }
  });
});
