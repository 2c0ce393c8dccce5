import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../../../src/json/losslessJson.js';
import { monthsBefore, startStack, type Stack } from '../../../helpers/stack.js';

/**
 * The rollup against Datadog's own aggregates: a closed month rolled up with each usage type's billed
 * aggregation (no `aggregation` given) equals, org by org, the usage summary's figure for that month
 * (GET /api/v1/usage/summary through `usageSummary`): P99 = `*_top99p`, SUM = `*_sum`, AVG = `*_avg`
 * (which the upstream rounds to an integer), MAX = `*_hwm`.
 */
const CHECKS = [
  { family: 'infra_hosts', usageType: 'host_count', figure: 'infra_host_top99p', aggregation: 'P99' },
  { family: 'infra_hosts', usageType: 'agent_host_count', figure: 'agent_host_top99p', aggregation: 'P99' },
  { family: 'infra_hosts', usageType: 'aws_host_count', figure: 'aws_host_top99p', aggregation: 'P99' },
  { family: 'infra_hosts', usageType: 'container_count', figure: 'container_avg', aggregation: 'AVG' },
  { family: 'logs', usageType: 'billable_ingested_bytes', figure: 'billable_ingested_bytes_sum', aggregation: 'SUM' },
  { family: 'logs', usageType: 'ingested_events_bytes', figure: 'ingested_events_bytes_sum', aggregation: 'SUM' },
  { family: 'logs', usageType: 'indexed_events_count', figure: 'indexed_events_count_sum', aggregation: 'SUM' },
  { family: 'rum_browser_sessions', usageType: 'session_count', figure: 'rum_session_count_sum', aggregation: 'SUM' },
  { family: 'snmp', usageType: 'snmp_devices', figure: 'snmp_device_count_top99p', aggregation: 'P99' },
  { family: 'timeseries', usageType: 'num_custom_timeseries', figure: 'custom_ts_avg', aggregation: 'AVG' },
  {
    family: 'ci_app',
    usageType: 'ci_visibility_test_committers',
    figure: 'ci_visibility_test_committers_hwm',
    aggregation: 'MAX',
  },
] as const;

interface Row {
  periodStart: string;
  periodEnd: string;
  orgId: string;
  productFamily: string;
  usageType: string;
  aggregation: string;
  value: string;
  hours: number;
}

/** An AVG row's value as the upstream reports averages: rounded to an integer, halves up. */
function rounded(value: string): string {
  const [whole = '0', fraction = ''] = value.split('.');
  return fraction !== '' && Number(fraction[0]) >= 5 ? String(BigInt(whole) + 1n) : whole;
}

describe('usageRollup equals the usage summary of the same month, org by org', () => {
  let stack: Stack;
  let month: string;
  let rows: Row[];
  let summary: Map<string, Map<string, bigint | number | null>>;
  let orgIds: string[];

  beforeAll(async () => {
    stack = await startStack();
    month = monthsBefore(stack.sim.world.now, 2);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const end = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 13);
    const families = [...new Set(CHECKS.map((c) => c.family))];
    const usageTypes = [...new Set(CHECKS.map((c) => c.usageType))];
    const res = await stack.gql<{ usageRollup: Row[] }>(
      `query($start: DateTime!, $end: DateTime!, $families: [ProductFamily!], $types: [String!]) {
        usageRollup(productFamilies: $families, usageTypes: $types, start: $start, end: $end, granularity: MONTH,
                    groupBy: [ORG, PRODUCT_FAMILY, USAGE_TYPE], includeDescendants: true) {
          periodStart periodEnd orgId productFamily usageType aggregation value hours
        }
      }`,
      { start: `${month}-01T00`, end, families, types: usageTypes },
    );
    expect(res.body.errors).toBeUndefined();
    rows = (res.body.data as { usageRollup: Row[] }).usageRollup;

    const sum = await stack.gql(
      `query($month: Month!) { usageSummary(startMonth: $month, endMonth: $month, includeOrgDetails: true) {
        months { orgs { org { publicId } figures { name value } } }
      } }`,
      { month },
    );
    expect(sum.body.errors).toBeUndefined();
    // Read losslessly: monthly byte sums may pass 2^53.
    const body = parseJson(sum.text) as {
      data: {
        usageSummary: {
          months: Array<{
            orgs: Array<{ org: { publicId: string }; figures: Array<{ name: string; value: bigint | number | null }> }>;
          }>;
        };
      };
    };
    const [only] = body.data.usageSummary.months;
    summary = new Map(
      (only?.orgs ?? []).map((o) => [o.org.publicId, new Map(o.figures.map((f) => [f.name, f.value]))]),
    );
    orgIds = [...summary.keys()];
  });
  afterAll(() => stack.stop());

  it('covers every org of the account over the whole month', () => {
    expect(orgIds.length).toBe(stack.sim.world.orgs.length);
    expect(new Set(rows.map((r) => r.periodStart))).toEqual(new Set([`${month}-01T00:00:00Z`]));
    const hosts = rows.filter((r) => r.usageType === 'host_count');
    expect(hosts.length).toBe(orgIds.length);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const hoursInMonth = (Date.UTC(y, m, 1) - Date.UTC(y, m - 1, 1)) / 3_600_000;
    for (const r of hosts) expect(r.hours).toBe(hoursInMonth);
  });

  for (const check of CHECKS) {
    it(`${check.family}.${check.usageType} by ${check.aggregation} equals ${check.figure}`, () => {
      let nonZero = 0;
      for (const orgId of orgIds) {
        const row = rows.find(
          (r) => r.orgId === orgId && r.productFamily === check.family && r.usageType === check.usageType,
        );
        const figure = summary.get(orgId)?.get(check.figure);
        expect(figure, `${check.figure} of ${orgId}`).not.toBeUndefined();
        // A series with no value in the month has no row; the summary reports 0 for it.
        const value = row === undefined ? '0' : check.aggregation === 'AVG' ? rounded(row.value) : row.value;
        if (row !== undefined) expect(row.aggregation).toBe(check.aggregation);
        expect(value, `${check.figure} of ${orgId}`).toBe(String(figure));
        if (value !== '0') nonZero += 1;
      }
      // The check compares real figures, not zeros on both sides.
      expect(nonZero).toBeGreaterThan(0);
    });
  }
});
