import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/**
 * Bad and tampered `usageRollup` arguments (GraphQL and the export's query string) are refused with
 * BAD_USER_INPUT naming what was expected and what came, before any upstream call (request log).
 */
describe('usageRollup refuses bad input before any upstream call', () => {
  let stack: Stack;
  let start: string;
  let end: string;
  beforeAll(async () => {
    stack = await startStack();
    start = hoursBefore(stack.sim.world.now, 24 * 10);
    end = hoursBefore(stack.sim.world.now, 24 * 9);
  });
  afterAll(() => stack.stop());

  const many = Array.from({ length: 101 }, (_, i) => `type_${i}`);
  const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
    ['start beyond the retention', '', { start: '2001-01-01T00' }, /start.*15-month retention.*got/i],
    ['end not after start', '', { end: 'START' }, /end.*after/i],
    ['empty productFamilies', 'productFamilies: []', {}, /productFamilies.*at least one family.*got: \[\]/],
    ['empty usageTypes', 'usageTypes: []', {}, /usageTypes.*at least one usage type.*got: \[\]/],
    ['empty orgs', 'orgs: []', {}, /orgs.*at least one org publicId.*got: \[\]/],
    [
      'a malformed usage type',
      'usageTypes: ["host count; drop"]',
      {},
      /usageTypes.*usage type names.*got: "host count; drop"/,
    ],
    ['a malformed org id', 'orgs: ["../../etc"]', {}, /orgs.*publicIds.*got: "..\/..\/etc"/],
    [
      'groupBy without USAGE_TYPE and no usage type',
      'groupBy: [ORG]',
      {},
      /usageTypes.*exactly one usage type.*got: none/,
    ],
    [
      'groupBy without USAGE_TYPE and two usage types',
      'groupBy: [ORG], usageTypes: ["host_count", "container_count"]',
      {},
      /exactly one usage type.*got: \["container_count","host_count"\]/,
    ],
    [
      'more usage types than a list may hold',
      `usageTypes: ${JSON.stringify(many)}`,
      {},
      /usageTypes.*at most 100 items.*got 101/,
    ],
  ];

  for (const [name, extra, vars, message] of cases) {
    it(`refuses ${name}`, async () => {
      stack.sim.log.clear();
      const v = { start, end, ...vars };
      if (v.end === 'START') v.end = v.start;
      const res = await stack.gql(
        `query($start: DateTime!, $end: DateTime) { usageRollup(start: $start, end: $end, ${extra}) { value } }`,
        v,
      );
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(message);
      expect(stack.sim.log.count()).toBe(0);
    });
  }

  it('refuses an enum value the schema does not have', async () => {
    stack.sim.log.clear();
    const res = await stack.gql(`query { usageRollup(start: "${start}", granularity: FORTNIGHT) { value } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/FORTNIGHT/);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('refuses an org the account does not have, before any hourly-usage read', async () => {
    stack.sim.log.clear();
    const child = stack.sim.world.orgs[1]!.publicId;
    const res = await stack.gql(
      `query($start: DateTime!) { usageRollup(start: $start, orgs: ["${child}", "nosuchorg"]) { value } }`,
      { start },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/orgs.*must name orgs of the account.*got unknown: nosuchorg/);
    // The org directory is read to know; no hourly usage.
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(0);
  });

  const exports: Array<[string, string, RegExp]> = [
    ['no start', 'usageRollup.csv?granularity=DAY', /"start" must be given/],
    ['a malformed start', 'usageRollup.csv?start=yesterday', /"start" must be a date-time.*got: "yesterday"/],
    ['an unknown parameter', 'usageRollup.ndjson?start=START&first=10', /"first" is not one of/],
    [
      'a granularity the view lacks',
      'usageRollup.csv?start=START&granularity=FORTNIGHT',
      /granularity.*one of HOUR, DAY, WEEK, MONTH.*got: "FORTNIGHT"/,
    ],
    ['a repeated single parameter', 'usageRollup.csv?start=START&start=START', /"start" must be given once/],
    [
      'an unknown family',
      'hourlyUsage.csv?start=START&productFamilies=infra_hosts,nosuch',
      /productFamilies.*product families.*got: "nosuch"/,
    ],
    ['an empty list', 'usageRollup.csv?start=START&usageTypes=', /usageTypes.*at least one usage type/],
    [
      'a bad boolean',
      'hourlyUsage.csv?start=START&includeDescendants=yes',
      /includeDescendants.*true or false.*got: "yes"/,
    ],
    ['an unknown org', 'usageRollup.csv?start=START&orgs=nosuchorg', /got unknown: nosuchorg/],
  ];
  for (const [name, path, message] of exports) {
    it(`the export refuses ${name} with 400`, async () => {
      stack.sim.log.clear();
      const res = await request(
        `${stack.gateway.url.replace(/\/graphql$/, '')}/export/${path.replaceAll('START', start)}`,
      );
      const body = (await res.body.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(res.statusCode).toBe(400);
      expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]?.message).toMatch(message);
      expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(0);
    });
  }
});
