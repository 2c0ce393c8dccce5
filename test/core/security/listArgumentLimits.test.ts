import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, monthsBefore, startStack, type Stack } from '../../helpers/stack.js';
import { MAX_LIST_ARGUMENT_ITEMS } from '../../../src/graphql/listArgumentLimits.js';

/**
 * Every list argument has a bound: a list of 5,000 items is refused before execution with
 * BAD_USER_INPUT naming the argument, the bound and the length received, and no upstream call.
 */
describe('list arguments are bounded', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  const many = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));

  const cases: Array<{ name: string; argument: string; query: string; variables: () => Record<string, unknown> }> = [
    {
      name: 'topAverageMetrics(names:)',
      argument: 'names',
      query: `query($month: Month!, $list: [String!]) { topAverageMetrics(month: $month, names: $list) { nodes { metricName } } }`,
      variables: () => ({ month: monthsBefore(stack.sim.world.now, 1), list: many(5_000, (i) => `metric.${i}`) }),
    },
    {
      name: 'hourlyUsage(productFamilies:) with 5,000 repeats of one family',
      argument: 'productFamilies',
      query: `query($start: DateTime!, $list: [ProductFamily!]) { hourlyUsage(start: $start, productFamilies: $list) { nodes { hour } } }`,
      variables: () => ({ start: hoursBefore(stack.sim.world.now, 24), list: many(5_000, () => 'logs') }),
    },
    {
      name: 'hourlyUsageAttribution(tagBreakdownKeys:)',
      argument: 'tagBreakdownKeys',
      query: `query($start: DateTime!, $list: [String!]) { hourlyUsageAttribution(usageType: infra_host_usage, start: $start, tagBreakdownKeys: $list) { nodes { hour } } }`,
      variables: () => ({ start: hoursBefore(stack.sim.world.now, 24), list: many(5_000, (i) => `key${i}`) }),
    },
    {
      name: 'nodes(ids:)',
      argument: 'ids',
      query: `query($list: [ID!]!) { nodes(ids: $list) { id } }`,
      variables: () => ({ list: many(5_000, (i) => `id${i}`) }),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: 5,000 items are refused with the bound and the length, and nothing goes upstream`, async () => {
      const res = await stack.gql(c.query, c.variables());
      expect(res.status).toBe(400);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      const error = res.body.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toBe(
        `Argument "${c.argument}" must hold at most ${MAX_LIST_ARGUMENT_ITEMS} items, but got 5000`,
      );
      expect(error?.extensions).toMatchObject({
        argumentName: c.argument,
        maxItems: MAX_LIST_ARGUMENT_ITEMS,
        receivedItems: 5_000,
      });
      expect(stack.sim.log.count()).toBe(0);
    });
  }

  it(`a list of exactly ${MAX_LIST_ARGUMENT_ITEMS} items goes through`, async () => {
    const res = await stack.gql(
      `query($month: Month!, $list: [String!]) { topAverageMetrics(month: $month, names: $list) { nodes { metricName } } }`,
      { month: monthsBefore(stack.sim.world.now, 1), list: many(MAX_LIST_ARGUMENT_ITEMS, (i) => `metric.${i}`) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(stack.sim.log.count()).toBeGreaterThan(0);
  });
});
