import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseJson } from '../../../../src/json/losslessJson.js';
import { addMonths, formatHour, formatMonth, startOfMonth } from '../../../../src/time/utcTime.js';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/**
 * The billable summary, the usage summary and (deprecated) network flows through the whole stack:
 * GraphQL answers equal the simulator's REST answers, org fields share one upstream call per month,
 * figures agree across endpoints, and int64 figures beyond 2^53 come back exact.
 */
describe('summaries through the gateway', () => {
  let stack: Stack;
  let now: Date;
  let prev: string;
  let prev2: string;
  beforeAll(async () => {
    stack = await startStack();
    now = stack.sim.world.now;
    prev = formatMonth(addMonths(startOfMonth(now), -1));
    prev2 = formatMonth(addMonths(startOfMonth(now), -2));
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  /** A direct REST call with the parent's keys, parsed losslessly (bigint beyond 2^53). */
  async function restExact(path: string, params: Record<string, string>): Promise<Record<string, unknown>> {
    const { parent } = stack.sim.world;
    const res = await fetch(`${stack.sim.url}${path}?${new URLSearchParams(params).toString()}`, {
      headers: { 'DD-API-KEY': parent.apiKey, 'DD-APPLICATION-KEY': parent.appKey },
    });
    expect(res.status).toBe(200);
    return parseJson(await res.text()) as Record<string, unknown>;
  }
  const count = (endpoint: string) => stack.sim.log.count({ endpoint });
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  const date = (v: unknown): string | null =>
    typeof v === 'string' ? new Date(v).toISOString().replace('.000Z', 'Z') : null;

  const DIMENSION = `name unit orgBillableUsage accountBillableUsage accountCommittedUsage accountOnDemandUsage
    percentageInAccount elapsedUsageHours firstBillableUsageHour lastBillableUsageHour`;
  const BILLABLE = `org { publicId name region } month billingPlan startDate endDate numOrgs ratioInMonth dimensions { ${DIMENSION} }`;

  type BillableRow = Record<string, unknown> & {
    org: { publicId: string };
    dimensions: Array<Record<string, unknown>>;
  };
  type RestRow = Record<string, unknown> & { public_id: string; usage: Record<string, Record<string, unknown>> };

  function expectRowMatches(gql: BillableRow, rest: RestRow, month: string): void {
    expect(gql.org).toEqual({ publicId: rest.public_id, name: rest.org_name, region: rest.region });
    expect(gql.month).toBe(month);
    expect(gql.billingPlan).toBe(rest.billing_plan);
    expect(gql.startDate).toBe(date(rest.start_date));
    expect(gql.endDate).toBe(date(rest.end_date));
    expect(gql.numOrgs).toBe(rest.num_orgs);
    expect(gql.ratioInMonth).toBe(rest.ratio_in_month);
    expect(gql.dimensions.map((d) => d.name)).toEqual(Object.keys(rest.usage));
    for (const d of gql.dimensions) {
      const b = rest.usage[d.name as string]!;
      expect(d).toEqual({
        name: d.name,
        unit: b.usage_unit,
        orgBillableUsage: num(b.org_billable_usage),
        accountBillableUsage: num(b.account_billable_usage),
        accountCommittedUsage: num(b.account_committed_usage),
        accountOnDemandUsage: num(b.account_on_demand_usage),
        percentageInAccount: b.percentage_in_account,
        elapsedUsageHours: num(b.elapsed_usage_hours),
        firstBillableUsageHour: date(b.first_billable_usage_hour),
        lastBillableUsageHour: date(b.last_billable_usage_hour),
      });
    }
  }

  describe('billableSummary / Org.billableUsage', () => {
    it('billableSummary equals the REST answer, row by row and key by key', async () => {
      const res = await stack.gql<{ billableSummary: BillableRow[] }>(
        `query($m: Month) { billableSummary(month: $m) { ${BILLABLE} } }`,
        { m: prev },
      );
      expect(res.body.errors).toBeUndefined();
      expect(count('GetUsageBillableSummary')).toBe(1);
      const rest = (await restExact('/api/v1/usage/billable-summary', { month: prev })).usage as RestRow[];
      const rows = res.body.data!.billableSummary;
      expect(rows.map((r) => r.org.publicId)).toEqual(rest.map((r) => r.public_id));
      rows.forEach((row, i) => expectRowMatches(row, rest[i]!, prev));
      expect(rows[0]!.dimensions.length).toBeGreaterThan(5);
    });

    it('defaults to the current month', async () => {
      const res = await stack.gql<{ billableSummary: Array<{ month: string }> }>('{ billableSummary { month } }');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.billableSummary[0]!.month).toBe(formatMonth(now));
      expect(stack.sim.log.entries({ endpoint: 'GetUsageBillableSummary' })[0]!.query.month).toBe(formatMonth(now));
    });

    it('orgs { billableUsage(month:) } makes ONE upstream call for every org; two months make two', async () => {
      const one = await stack.gql<{ orgs: Array<{ publicId: string; billableUsage: BillableRow }> }>(
        `query($m: Month) { orgs { ... on DatadogOrg { publicId billableUsage(month: $m) { ${BILLABLE} } } } }`,
        { m: prev },
      );
      expect(one.body.errors).toBeUndefined();
      const orgs = one.body.data!.orgs;
      expect(orgs).toHaveLength(stack.sim.world.orgs.length);
      expect(count('GetUsageBillableSummary')).toBe(1);
      console.log(`orgs { billableUsage(month) }: ${count('GetUsageBillableSummary')} billable-summary request(s)`);
      const rest = (await restExact('/api/v1/usage/billable-summary', { month: prev })).usage as RestRow[];
      for (const org of orgs) {
        expect(org.billableUsage.org.publicId).toBe(org.publicId);
        expectRowMatches(
          org.billableUsage,
          rest.find((r) => r.public_id === org.publicId)!,
          prev,
        );
      }

      stack.sim.log.clear();
      const two = await stack.gql<{ orgs: Array<{ a: { month: string }; b: { month: string } }> }>(
        `query($m1: Month, $m2: Month) {
          orgs { ... on DatadogOrg { a: billableUsage(month: $m1) { month } b: billableUsage(month: $m2) { month } } }
          billableSummary(month: $m1) { month }
        }`,
        { m1: prev, m2: prev2 },
      );
      expect(two.body.errors).toBeUndefined();
      expect(two.body.data!.orgs.every((o) => o.a.month === prev && o.b.month === prev2)).toBe(true);
      expect(
        stack.sim.log
          .entries({ endpoint: 'GetUsageBillableSummary' })
          .map((e) => e.query.month)
          .sort(),
      ).toEqual([prev2, prev]);
      console.log(`two months: ${count('GetUsageBillableSummary')} billable-summary request(s)`);
    });

    it('billable keys the schema has never heard of pass through, and dimension(name:) finds them', async () => {
      const { parent } = stack.sim.world;
      stack.sim.faults.inject({
        endpoint: 'GetUsageBillableSummary',
        status: 200,
        body: JSON.stringify({
          usage: [
            {
              org_name: parent.name,
              public_id: parent.publicId,
              region: 'us',
              start_date: `${prev}-01T00:00:00+00:00`,
              usage: {
                quantum_compute_sum: { org_billable_usage: 7, usage_unit: 'qubit', percentage_in_account: 100 },
                infra_host_top99p: { org_billable_usage: 12, account_billable_usage: 9007199254740993 },
              },
            },
          ],
        }).replace('"account_billable_usage":9007199254740992', '"account_billable_usage":9007199254740993'),
      });
      const res = await stack.gql<{ billableSummary: Array<Record<string, unknown>> }>(
        `query($m: Month) { billableSummary(month: $m) {
          dimensions { name unit orgBillableUsage }
          q: dimension(name: "quantum_compute_sum") { unit orgBillableUsage percentageInAccount }
          h: dimension(name: "infra_host_top99p") { accountBillableUsage }
          none: dimension(name: "nope") { name }
          billingPlan numOrgs
        } }`,
        { m: prev },
      );
      expect(res.body.errors).toBeUndefined();
      const row = res.body.data!.billableSummary[0]!;
      expect(row.dimensions).toEqual([
        { name: 'quantum_compute_sum', unit: 'qubit', orgBillableUsage: 7 },
        { name: 'infra_host_top99p', unit: null, orgBillableUsage: 12 },
      ]);
      expect(row.q).toEqual({ unit: 'qubit', orgBillableUsage: 7, percentageInAccount: 100 });
      expect(row.none).toBeNull();
      expect(row.billingPlan).toBeNull();
      expect(res.text).toContain('"accountBillableUsage":9007199254740993');
    });

    it('a malformed billable body is UPSTREAM_UNAVAILABLE without failing sibling fields', async () => {
      stack.sim.faults.inject({
        endpoint: 'GetUsageBillableSummary',
        status: 200,
        body: '{"usage":[{"public_id":"x","usage":{"infra_host_top99p":{"org_billable_usage":"many"}}}]}',
      });
      const res = await stack.gql<{ billableSummary: null; account: { publicId: string } }>(
        `{ billableSummary { month } account { publicId } }`,
      );
      expect(res.body.data?.billableSummary).toBeNull();
      expect(res.body.data?.account.publicId).toBe(stack.sim.world.parent.publicId);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(res.body.errors?.[0]?.message).toMatch(/org_billable_usage is not an integer/);
    });
  });

  describe('usageSummary', () => {
    const FIG = 'name value floatValue';
    const SUMMARY = `startDate endDate lastUpdated totals { ${FIG} }
      months { month figures { ${FIG} } orgs { org { publicId name region } figures { ${FIG} } } }`;

    type Figure = { name: string; value: number | bigint | null; floatValue: number | null };
    type Summary = {
      startDate: string;
      endDate: string;
      lastUpdated: string;
      totals: Figure[];
      months: Array<{
        month: string;
        figures: Figure[];
        orgs: Array<{ org: { publicId: string }; figures: Figure[] }> | null;
      }>;
    };
    // The figure rule written out again on purpose, not imported from usageFigures: an independent
    // oracle of which REST fields are figures (every numeric or null field but the identity ones).
    const IDENTITY = new Set([
      'id',
      'name',
      'public_id',
      'region',
      'account_name',
      'account_public_id',
      'date',
      'orgs',
      'usage',
      'start_date',
      'end_date',
      'last_updated',
    ]);
    const figuresOf = (level: Record<string, unknown>): Array<[string, unknown]> =>
      Object.entries(level).filter(
        ([k, v]) => !IDENTITY.has(k) && (v === null || typeof v === 'number' || typeof v === 'bigint'),
      );
    const pairs = (figures: Figure[]): Array<[string, unknown]> => figures.map((f) => [f.name, f.value]);

    it('equals the REST answer with org details: totals, months, orgs, every figure in order', async () => {
      const res = await stack.gql(
        `query($s: Month!, $e: Month) { usageSummary(startMonth: $s, endMonth: $e) { ${SUMMARY} } }`,
        {
          s: prev2,
          e: prev,
        },
      );
      expect(res.body.errors).toBeUndefined();
      expect(count('GetUsageSummary')).toBe(1);
      const gql = (parseJson(res.text) as { data: { usageSummary: Summary } }).data.usageSummary;
      const rest = await restExact('/api/v1/usage/summary', {
        start_month: prev2,
        end_month: prev,
        include_org_details: 'true',
      });
      expect(gql.startDate).toBe(date(rest.start_date));
      expect(gql.endDate).toBe(date(rest.end_date));
      expect(gql.lastUpdated).toBe(date(rest.last_updated));
      expect(pairs(gql.totals)).toEqual(figuresOf(rest));
      expect(gql.totals.length).toBeGreaterThan(70);
      const months = rest.usage as Array<Record<string, unknown> & { orgs: Array<Record<string, unknown>> }>;
      expect(gql.months.map((m) => m.month)).toEqual([prev2, prev]);
      gql.months.forEach((m, i) => {
        expect(pairs(m.figures)).toEqual(figuresOf(months[i]!));
        expect(m.orgs!.map((o) => o.org.publicId)).toEqual(months[i]!.orgs.map((o) => o.public_id));
        m.orgs!.forEach((o, j) => expect(pairs(o.figures)).toEqual(figuresOf(months[i]!.orgs[j]!)));
      });
      const infra = gql.totals.find((f) => f.name === 'infra_host_top99p_sum')!;
      expect(infra.floatValue).toBe(Number(infra.value));
    });

    it('without org details, months.orgs is null; endMonth defaults to the current month', async () => {
      const res = await stack.gql<{ usageSummary: Summary }>(
        `query($s: Month!) { usageSummary(startMonth: $s, includeOrgDetails: false) { months { month orgs { figures { name } } } } }`,
        { s: prev },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.usageSummary.months).toEqual([
        { month: prev, orgs: null },
        { month: formatMonth(now), orgs: null },
      ]);
      expect(stack.sim.log.entries({ endpoint: 'GetUsageSummary' })[0]!.query).toMatchObject({
        start_month: prev,
        end_month: formatMonth(now),
        include_org_details: 'false',
      });
    });

    it('an int64 total beyond 2^53 (ingested_events_bytes_agg_sum over several months) comes back exact', async () => {
      const start = formatMonth(addMonths(startOfMonth(now), -6));
      const res = await stack.gql(
        `query($s: Month!, $e: Month) { usageSummary(startMonth: $s, endMonth: $e, includeOrgDetails: false) {
          figure(name: "ingested_events_bytes_agg_sum") { name value } } }`,
        { s: start, e: prev },
      );
      expect(res.body.errors).toBeUndefined();
      const value = (parseJson(res.text) as { data: { usageSummary: { figure: { value: bigint } } } }).data.usageSummary
        .figure.value;
      const { world } = stack.sim;
      let expected = 0n;
      const from = Date.parse(`${start}-01T00:00:00Z`);
      const to = addMonths(startOfMonth(now), 0).getTime();
      for (const org of world.orgs) {
        for (let t = from; t < to; t += 3_600_000) {
          const v = world.value(org.publicId, 'logs', 'ingested_events_bytes', new Date(t));
          if (typeof v === 'number') expected += BigInt(v);
        }
      }
      expect(expected).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
      expect(typeof value).toBe('bigint');
      expect(value).toBe(expected);
      expect(
        (await restExact('/api/v1/usage/summary', { start_month: start, end_month: prev }))
          .ingested_events_bytes_agg_sum,
      ).toBe(expected);
      expect(res.text).toContain(`"value":${expected.toString()}`);
    });

    it('numeric fields the upstream adds later show up in figures (doubles in floatValue)', async () => {
      stack.sim.faults.inject({
        endpoint: 'GetUsageSummary',
        status: 200,
        body: `{"start_date":"${prev}-01T00:00:00+00:00","brand_new_agg_sum":12345678901234567,"usage":[{"date":"${prev}-01T00:00:00+00:00",
          "brand_new_sum":3,"ratio_of_something":0.25,"orgs":[{"name":"A","public_id":"abc","region":"us","brand_new_sum":3}]}],
          "logs_by_retention":{"orgs":{}}}`,
      });
      const res = await stack.gql(
        `query($s: Month!) { usageSummary(startMonth: $s, endMonth: $s) { totals { ${FIG} } months { figures { ${FIG} }
          figure(name: "ratio_of_something") { value floatValue } orgs { org { publicId } figures { name value } } } } }`,
        { s: prev },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.text).toContain(
        '{"name":"brand_new_agg_sum","value":12345678901234567,"floatValue":12345678901234568}',
      );
      const data = (res.body.data as { usageSummary: { totals: Figure[]; months: Array<Record<string, unknown>> } })
        .usageSummary;
      expect(data.totals.map((f) => f.name)).toEqual(['brand_new_agg_sum']);
      expect(data.months[0]).toEqual({
        figures: [
          { name: 'brand_new_sum', value: 3, floatValue: 3 },
          { name: 'ratio_of_something', value: null, floatValue: 0.25 },
        ],
        figure: { value: null, floatValue: 0.25 },
        orgs: [{ org: { publicId: 'abc' }, figures: [{ name: 'brand_new_sum', value: 3 }] }],
      });
    });
  });

  describe('consistency across endpoints', () => {
    it('billable infra_host_top99p (and friends) equal the usage summary figures of the same month, org by org', async () => {
      const res = await stack.gql<{
        orgs: Array<{
          publicId: string;
          billableUsage: {
            h: { orgBillableUsage: number };
            t: { orgBillableUsage: number };
            a: { orgBillableUsage: number };
          };
        }>;
        usageSummary: {
          months: Array<{
            orgs: Array<{
              org: { publicId: string };
              h: { value: number };
              t: { value: number };
              a: { value: number };
            }>;
          }>;
        };
      }>(
        `query($m: Month!) {
          orgs { ... on DatadogOrg { publicId billableUsage(month: $m) {
            h: dimension(name: "infra_host_top99p") { orgBillableUsage }
            a: dimension(name: "apm_host_top99p") { orgBillableUsage }
            t: dimension(name: "timeseries_average") { orgBillableUsage } } } }
          usageSummary(startMonth: $m, endMonth: $m) { months { orgs { org { publicId }
            h: figure(name: "infra_host_top99p") { value }
            a: figure(name: "apm_host_top99p") { value }
            t: figure(name: "custom_ts_avg") { value } } } }
        }`,
        { m: prev },
      );
      expect(res.body.errors).toBeUndefined();
      const summaryOrgs = res.body.data!.usageSummary.months[0]!.orgs;
      for (const org of res.body.data!.orgs) {
        const s = summaryOrgs.find((o) => o.org.publicId === org.publicId)!;
        expect(org.billableUsage.h.orgBillableUsage).toBe(s.h.value);
        expect(org.billableUsage.a.orgBillableUsage).toBe(s.a.value);
        expect(org.billableUsage.t.orgBillableUsage).toBe(s.t.value);
      }
      expect(res.body.data!.orgs[0]!.billableUsage.h.orgBillableUsage).toBeGreaterThan(0);
    });
  });

  describe('networkFlows (deprecated)', () => {
    it('is deprecated with the upstream reason, pointing at hourlyUsage(network_flows)', async () => {
      const res = await stack.gql<{
        __type: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string }> };
      }>(`{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
      const field = res.body.data!.__type.fields.find((f) => f.name === 'networkFlows')!;
      expect(field.isDeprecated).toBe(true);
      expect(field.deprecationReason).toMatch(/hourly usage by product family/);
      expect(field.deprecationReason).toMatch(/hourlyUsage\(productFamilies: \[network_flows\]\)/);
    });

    it('equals the REST answer and hourlyUsage network_flows indexed_events_count, hour by hour', async () => {
      const start = hoursBefore(now, 24 * 5);
      const end = hoursBefore(now, 24 * 3);
      const res = await stack.gql<{
        networkFlows: Array<{
          org: { publicId: string; name: string };
          hour: string;
          indexedEventsCount: number | null;
        }>;
        hourlyUsage: { nodes: Array<{ hour: string; org: { publicId: string }; m: { value: number | null } }> };
      }>(
        `query($s: DateTime!, $e: DateTime) {
          networkFlows(start: $s, end: $e) { org { publicId name } hour indexedEventsCount }
          hourlyUsage(productFamilies: [network_flows], start: $s, end: $e, first: 1000) {
            nodes { hour org { publicId } m: measurement(usageType: "indexed_events_count") { value } } }
        }`,
        { s: start, e: end },
      );
      expect(res.body.errors).toBeUndefined();
      expect(count('GetUsageNetworkFlows')).toBe(1);
      // The rows name their org; the selection asks no more, so the org directory is not read.
      expect(count('GetUsageSummary')).toBe(0);
      const flows = res.body.data!.networkFlows;
      expect(flows).toHaveLength(48);
      const rest = (await restExact('/api/v1/usage/network_flows', { start_hr: start, end_hr: end })).usage as Array<
        Record<string, unknown>
      >;
      expect(flows.map((f) => [f.org.publicId, f.org.name, f.hour, f.indexedEventsCount])).toEqual(
        rest.map((r) => [r.public_id, r.org_name, date(r.hour), num(r.indexed_events_count)]),
      );
      expect(flows.map((f) => [f.org.publicId, f.hour, f.indexedEventsCount])).toEqual(
        res.body.data!.hourlyUsage.nodes.map((n) => [n.org.publicId, n.hour, n.m.value]),
      );
      expect(flows.some((f) => (f.indexedEventsCount ?? 0) > 0)).toBe(true);
    });

    it('a window not reported yet is empty without an upstream call', async () => {
      const res = await stack.gql(`query($s: DateTime!) { networkFlows(start: $s) { hour } }`, {
        s: formatHour(new Date(now.getTime() + 2 * 3_600_000)),
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({ networkFlows: [] });
      expect(stack.sim.log.count()).toBe(0);
    });
  });

  describe('child-org keys', () => {
    it('parent-only endpoints answer the mapped upstream 400; networkFlows serves the child org', async () => {
      const child = stack.sim.world.orgs[1]!;
      const headers = { 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey };
      const res = await stack.gql<{
        billableSummary: null;
        usageSummary: null;
        networkFlows: Array<{ hour: string; org: { publicId: string; region: string } }>;
      }>(
        `query($m: Month!, $s: DateTime!, $e: DateTime) {
          billableSummary(month: $m) { month }
          usageSummary(startMonth: $m) { startDate }
          networkFlows(start: $s, end: $e) { hour org { publicId region } }
        }`,
        { m: prev, s: hoursBefore(now, 24 * 4), e: hoursBefore(now, 24 * 3) },
        headers,
      );
      expect(res.body.data?.billableSummary).toBeNull();
      expect(res.body.data?.usageSummary).toBeNull();
      expect(res.body.data?.networkFlows).toHaveLength(24);
      expect(res.body.data?.networkFlows[0]?.org.publicId).toBe(child.publicId);
      // The upstream rows carry no region and child keys cannot read the org directory: the region is
      // left empty rather than failing the rows.
      expect(res.body.data?.networkFlows.every((h) => h.org.region === '')).toBe(true);
      const errors = res.body.errors ?? [];
      expect(errors.map((e) => e.path).sort()).toEqual([['billableSummary'], ['usageSummary']]);
      for (const e of errors) {
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.message).toMatch(/non-parent org keys/);
        expect(e.extensions?.upstream).toMatchObject({ provider: 'datadog', status: 400 });
      }
    });
  });

  describe('bad input is refused before any upstream call', () => {
    const cases: Array<[string, string, (now: Date) => Record<string, unknown>, RegExp]> = [
      [
        'billableSummary month beyond 15 months back',
        'query($m: Month) { billableSummary(month: $m) { month } }',
        (n) => ({ m: formatMonth(addMonths(startOfMonth(n), -16)) }),
        /Argument "month" must be at most 15 months back \(\d{4}-\d{2} or later\), but got: \d{4}-\d{2}/,
      ],
      [
        'billableSummary future month',
        'query($m: Month) { billableSummary(month: $m) { month } }',
        (n) => ({ m: formatMonth(addMonths(startOfMonth(n), 1)) }),
        /Argument "month" must not be in the future/,
      ],
      [
        'Org.billableUsage future month',
        'query($m: Month) { orgs { ... on DatadogOrg { billableUsage(month: $m) { month } } } }',
        (n) => ({ m: formatMonth(addMonths(startOfMonth(n), 2)) }),
        /Argument "month" must not be in the future/,
      ],
      [
        'malformed month',
        'query($m: Month) { billableSummary(month: $m) { month } }',
        () => ({ m: '2026-13' }),
        /Month must be YYYY-MM/,
      ],
      [
        'usageSummary startMonth beyond 15 months back',
        'query($m: Month!) { usageSummary(startMonth: $m) { startDate } }',
        (n) => ({ m: formatMonth(addMonths(startOfMonth(n), -16)) }),
        /Argument "startMonth" must be at most 15 months back/,
      ],
      [
        'usageSummary future startMonth',
        'query($m: Month!) { usageSummary(startMonth: $m) { startDate } }',
        (n) => ({ m: formatMonth(addMonths(startOfMonth(n), 1)) }),
        /Argument "startMonth" must not be in the future/,
      ],
      [
        'usageSummary endMonth before startMonth',
        'query($s: Month!, $e: Month) { usageSummary(startMonth: $s, endMonth: $e) { startDate } }',
        (n) => ({ s: formatMonth(addMonths(startOfMonth(n), -1)), e: formatMonth(addMonths(startOfMonth(n), -3)) }),
        /Argument "endMonth" must not be before "startMonth"/,
      ],
      [
        'networkFlows end before start',
        'query($s: DateTime!, $e: DateTime) { networkFlows(start: $s, end: $e) { hour } }',
        (n) => ({ s: hoursBefore(n, 24), e: hoursBefore(n, 48) }),
        /Argument "end" must be after "start"/,
      ],
      [
        'networkFlows start beyond retention',
        'query($s: DateTime!) { networkFlows(start: $s) { hour } }',
        (n) => ({ s: formatHour(addMonths(n, -16)) }),
        /Argument "start" must be within the upstream's 15-month retention/,
      ],
      [
        'networkFlows window beyond two months',
        'query($s: DateTime!, $e: DateTime) { networkFlows(start: $s, end: $e) { hour } }',
        (n) => ({ s: formatHour(addMonths(n, -4)), e: formatHour(addMonths(n, -1)) }),
        /Argument "end" must be at most 2 months after "start"/,
      ],
      [
        'networkFlows malformed hour',
        'query($s: DateTime!) { networkFlows(start: $s) { hour } }',
        () => ({ s: '2026-02-30T00' }),
        /DateTime must be/,
      ],
    ];
    it.each(cases)('%s', async (_name, query, vars, message) => {
      const res = await stack.gql(query, vars(now));
      expect(res.body.errors?.length, res.text).toBeGreaterThan(0);
      for (const error of res.body.errors ?? []) expect(error.extensions?.code, res.text).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.map((e) => e.message).join('\n')).toMatch(message);
      expect(stack.sim.log.count()).toBe(0);
    });
  });
});
