import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../helpers/stack.js';

const monthOf = (d: Date, back: number): string =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);

/** Bad cost arguments are BAD_USER_INPUT, name what was expected and what came, and cost no upstream call. */
describe('cost fields: bad input is refused before any upstream call', () => {
  let stack: Stack;
  const now = new Date();
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  const C = (args: string) => `{ costs(${args}) { totalCost } }`;
  const NESTED = (args: string) => `{ orgs { ... on DatadogOrg { name costs(${args}) { totalCost } } } }`;
  const MCA = (args: string) => `{ monthlyCostAttribution(${args}) { nodes { month } } }`;
  const current = monthOf(now, 0);
  const previous = monthOf(now, 1);
  const threeBack = monthOf(now, 3);
  const today = now.toISOString().slice(0, 10);

  it.each([
    [
      'historical, current month',
      C(`kind: HISTORICAL, startMonth: "${current}"`),
      /"startMonth" must be a closed month \(\d{4}-\d{2} or earlier\) for HISTORICAL costs, but got: \d{4}-\d{2}/,
    ],
    [
      'historical, end in the current month',
      C(`kind: HISTORICAL, startMonth: "${threeBack}", endMonth: "${current}"`),
      /"endMonth" must be a closed month/,
    ],
    [
      'historical, beyond retention',
      C('kind: HISTORICAL, startMonth: "2020-01"'),
      /"startMonth" must be within the 15-month retention \(\d{4}-\d{2} or later\), but got: 2020-01/,
    ],
    [
      'historical, end before start',
      C(`kind: HISTORICAL, startMonth: "${previous}", endMonth: "${threeBack}"`),
      /"endMonth" must not be before "startMonth", but got startMonth/,
    ],
    [
      'historical with days',
      C(`kind: HISTORICAL, startDate: "${today}"`),
      /"startDate" is not accepted \(use months\) for HISTORICAL costs/,
    ],
    [
      'estimated, months and days',
      C(`kind: ESTIMATED, startMonth: "${previous}", startDate: "${today}"`),
      /exclude each other for ESTIMATED costs \(months or days, not both\)/,
    ],
    [
      'estimated, three months back',
      C(`kind: ESTIMATED, startMonth: "${threeBack}"`),
      /"startMonth" must be at most 2 months back for ESTIMATED costs \(\d{4}-\d{2} or later\), but got: \d{4}-\d{2}/,
    ],
    [
      'estimated, day three months back',
      C(`kind: ESTIMATED, startDate: "${threeBack}-01"`),
      /"startDate" must be at most 2 months back/,
    ],
    ['estimated, endDate alone', C(`kind: ESTIMATED, endDate: "${today}"`), /"startDate" is required with "endDate"/],
    [
      'estimated, end day before start day',
      C(`kind: ESTIMATED, startDate: "${today}", endDate: "${previous}-01"`),
      /"endDate" must not be before "startDate"/,
    ],
    [
      'estimated, aggregation with months',
      C(`kind: ESTIMATED, startMonth: "${previous}", costAggregation: cumulative`),
      /"costAggregation" applies only to daily estimates/,
    ],
    [
      'projected with a range',
      C(`kind: PROJECTED, startMonth: "${current}"`),
      /"startMonth" is not accepted \(projections are for the current month only\) for PROJECTED costs/,
    ],
    [
      'nested under orgs',
      NESTED(`kind: ESTIMATED, startMonth: "${threeBack}"`),
      /"startMonth" must be at most 2 months back/,
    ],
    ['malformed month', C('kind: HISTORICAL, startMonth: "2026-13"'), /Month must be YYYY-MM.*but got: 2026-13/],
    [
      'attribution, unknown field shape',
      MCA(`startMonth: "${previous}", fields: ["infra_host"]`),
      /"fields" must hold "\*" or <billing dimension>_\{on_demand_cost,.*but got: "infra_host"/,
    ],
    [
      'attribution, empty fields',
      MCA(`startMonth: "${previous}", fields: []`),
      /"fields" must name at least one field/,
    ],
    [
      'attribution, beyond retention',
      MCA('startMonth: "2020-01"'),
      /"startMonth" must be within the 15-month retention/,
    ],
    [
      'attribution, end before start',
      MCA(`startMonth: "${previous}", endMonth: "${threeBack}"`),
      /"endMonth" must not be before "startMonth"/,
    ],
    [
      'attribution, bad sort name',
      MCA(`startMonth: "${previous}", sortName: "Infra Host"`),
      /"sortName" must be a billing dimension id/,
    ],
    [
      'attribution, empty tag key',
      MCA(`startMonth: "${previous}", tagBreakdownKeys: [""]`),
      /"tagBreakdownKeys" must hold non-empty tag keys/,
    ],
    [
      'attribution, first too large',
      MCA(`startMonth: "${previous}", first: 5000`),
      /"first" must be an integer from 0 to 1000, but got: 5000/,
    ],
    ['attribution, garbage cursor', MCA(`startMonth: "${previous}", after: "nope"`), /"after" must be a cursor/],
    [
      'attribution, a share read as money',
      `{ monthlyCostAttribution(startMonth: "${previous}") { nodes { cost(field: "infra_host_percentage_in_org") } } }`,
      /Argument "field" of cost must name a cost field \(<billing dimension>_on_demand_cost, _committed_cost or _total_cost.*but got: "infra_host_percentage_in_org"/,
    ],
    [
      'attribution, money read as a share',
      `{ monthlyCostAttribution(startMonth: "${previous}") { nodes { percentage(field: "infra_host_total_cost") } } }`,
      /Argument "field" of percentage must name a field that is not a cost .*but got: "infra_host_total_cost"/,
    ],
  ])('%s', async (_name, query, message) => {
    const res = await stack.gql(query);
    expect(res.body.errors?.length, res.text).toBeGreaterThan(0);
    for (const error of res.body.errors ?? []) expect(error.extensions?.code, res.text).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('a cursor of one attribution query is refused by another', async () => {
    const q = (s: string, after?: string) =>
      MCA(
        `startMonth: "${s}", fields: ["infra_host_total_cost"], first: 1${after ? `, after: "${after}"` : ''}`,
      ).replace('nodes { month }', 'pageInfo { endCursor }');
    const first = await stack.gql<{ monthlyCostAttribution: { pageInfo: { endCursor: string } } }>(q(previous));
    expect(first.body.errors, first.text).toBeUndefined();
    stack.sim.log.clear();
    const res = await stack.gql(q(threeBack, first.body.data!.monthlyCostAttribution.pageInfo.endCursor));
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.sim.log.count()).toBe(0);
  });
});
