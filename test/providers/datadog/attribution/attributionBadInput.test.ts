import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/** Bad attribution input is BAD_USER_INPUT, names what was expected and what came, and costs no upstream call. */
describe('attribution: bad input is refused before any upstream call', () => {
  let stack: Stack;
  let start: string;
  let month: string;
  let tooOld: string;
  beforeAll(async () => {
    stack = await startStack({ maxPageSize: 10 });
    start = hoursBefore(stack.sim.world.now, 24 * 5);
    const now = stack.sim.world.now;
    month = now.toISOString().slice(0, 7);
    tooOld = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 16, 1)).toISOString().slice(0, 7);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  async function expectBadInput(query: string, variables: Record<string, unknown>, message: RegExp): Promise<void> {
    const res = await stack.gql(query, variables);
    expect(res.body.errors?.length, res.text).toBeGreaterThan(0);
    for (const error of res.body.errors ?? []) expect(error.extensions?.code, res.text).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(stack.sim.log.count()).toBe(0);
  }

  const HA = (args: string) => `{ hourlyUsageAttribution(${args}) { edges { cursor } } }`;
  const ORG_HA = (args: string) =>
    `{ orgs { ... on DatadogOrg { hourlyUsageAttribution(${args}) { edges { cursor } } } } }`;
  const MA = (args: string) => `{ monthlyUsageAttribution(${args}) { edges { cursor } } }`;
  const ORG_MA = (args: string) =>
    `{ orgs { ... on DatadogOrg { monthlyUsageAttribution(${args}) { edges { cursor } } } } }`;

  it.each([
    ['malformed hour', () => HA('usageType: infra_host_usage, start: "2026-13-01T00"'), /but got: 2026-13-01T00/],
    ['unknown usage type', () => HA(`usageType: infra_hosts_usage, start: "${start}"`), /infra_hosts_usage/],
    [
      'end before start',
      () => HA(`usageType: infra_host_usage, start: "${start}", end: "2020-01-01T00"`),
      /"end" must be after "start"/,
    ],
    [
      'end equal to start (nested under orgs)',
      () => ORG_HA(`usageType: infra_host_usage, start: "${start}", end: "${start}"`),
      /"end" must be after "start"/,
    ],
    [
      'start beyond the 15-month retention',
      () => HA(`usageType: infra_host_usage, start: "${tooOld}-01T00"`),
      /"start" must be within the upstream's 15-month retention/,
    ],
    [
      'an empty tag key',
      () => HA(`usageType: infra_host_usage, start: "${start}", tagBreakdownKeys: ["team", " "]`),
      /"tagBreakdownKeys" must hold non-empty tag keys without commas, but got: " "/,
    ],
    [
      'a tag key with a comma',
      () => ORG_HA(`usageType: infra_host_usage, start: "${start}", tagBreakdownKeys: ["team,env"]`),
      /but got: "team,env"/,
    ],
    [
      'first above the maximum',
      () => HA(`usageType: infra_host_usage, start: "${start}", first: 1001`),
      /"first" must be an integer from 0 to 1000, but got: 1001/,
    ],
    [
      'garbage cursor',
      () => HA(`usageType: infra_host_usage, start: "${start}", after: "nope"`),
      /"after" must be a cursor.*but got: "nope"/,
    ],
    ['malformed month', () => MA('startMonth: "2026-13"'), /2026-13/],
    [
      'startMonth beyond 15 months',
      () => MA(`startMonth: "${tooOld}"`),
      /"startMonth" must be at most 15 months back \(\d{4}-\d{2} or later\), but got: \d{4}-\d{2}/,
    ],
    [
      'endMonth before startMonth',
      () => ORG_MA(`startMonth: "${month}", endMonth: "${tooOld}"`),
      /"endMonth" must not be before "startMonth", but got startMonth .* and endMonth /,
    ],
    [
      'an empty field list',
      () => MA(`startMonth: "${month}", fields: []`),
      /"fields" must name at least one field, or be omitted for all, but got: \[\]/,
    ],
    [
      'unknown field',
      () => MA(`startMonth: "${month}", fields: [infra_host_usage, infra_host]`),
      /infra_host.*MonthlyUsageAttributionField/,
    ],
    [
      'unknown sort name',
      () => MA(`startMonth: "${month}", sortName: infra_hosts_usage`),
      /infra_hosts_usage.*MonthlyUsageAttributionField/,
    ],
    ['unknown sort direction', () => MA(`startMonth: "${month}", sortDirection: up`), /up.*UsageSortDirection/],
    ['"*" is not a field name', () => MA(`startMonth: "${month}", fields: ["*"]`), /MonthlyUsageAttributionField/],
  ])('%s', async (_name, query, message) => {
    await expectBadInput(query(), {}, message);
  });

  it('unknown enum values through variables', async () => {
    await expectBadInput(
      'query($t: HourlyUsageAttributionType!, $s: DateTime!) { hourlyUsageAttribution(usageType: $t, start: $s) { edges { cursor } } }',
      { t: 'nope_usage', s: start },
      /nope_usage/,
    );
    await expectBadInput(
      'query($f: [MonthlyUsageAttributionField!], $m: Month!) { monthlyUsageAttribution(fields: $f, startMonth: $m) { edges { cursor } } }',
      { f: ['infra_host_usage', 'nope'], m: month },
      /nope/,
    );
  });

  it('a tampered cursor is refused, and a cursor reused with other arguments too', async () => {
    const query = `query($m: Month!, $f: [MonthlyUsageAttributionField!], $after: String) {
      monthlyUsageAttribution(fields: $f, startMonth: $m, first: 2, after: $after) { pageInfo { endCursor } }
    }`;
    const first = await stack.gql<{ monthlyUsageAttribution: { pageInfo: { endCursor: string } } }>(query, {
      m: month,
      f: ['infra_host_usage'],
    });
    expect(first.body.errors, first.text).toBeUndefined();
    const cursor = first.body.data!.monthlyUsageAttribution.pageInfo.endCursor;
    const [payload, sig] = cursor.split('.') as [string, string];
    stack.sim.log.clear();
    await expectBadInput(
      query,
      // The first signature character is all signature bits (the last one holds spare bits).
      { m: month, f: ['infra_host_usage'], after: `${payload}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}` },
      /"after" must be a cursor taken from this connection/,
    );
    await expectBadInput(
      query,
      { m: month, f: ['apm_host_usage'], after: cursor },
      /"after" is a cursor from a different connection/,
    );
  });

  it('an hourly cursor is not accepted by the Org field of another org', async () => {
    const query = `query($s: DateTime!) {
      hourlyUsageAttribution(usageType: infra_host_usage, start: $s, first: 2) { pageInfo { endCursor } }
    }`;
    const first = await stack.gql<{ hourlyUsageAttribution: { pageInfo: { endCursor: string } } }>(query, { s: start });
    const after = first.body.data!.hourlyUsageAttribution.pageInfo.endCursor;
    stack.sim.log.clear();
    const res = await stack.gql(
      `query($s: DateTime!, $after: String) { orgs { ... on DatadogOrg { hourlyUsageAttribution(usageType: infra_host_usage, start: $s, after: $after) { edges { cursor } } } } }`,
      { s: start, after },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/different connection/);
    // The org directory is read, but no attribution request is made.
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsageAttribution' })).toBe(0);
  });
});
