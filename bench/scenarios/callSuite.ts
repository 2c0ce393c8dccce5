/** Upstream calls for a fixed suite of operations, against the calls a naive plan makes. */
import { toGlobalId } from '../../src/graphql/globalId.js';
import { BI_FAMILIES } from '../benchSettings.js';
import { dataOf, gql } from '../graphqlClient.js';
import { round } from '../percentile.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

interface SuiteOperation {
  name: string;
  query: string;
  vars: Record<string, unknown>;
  naive: number;
  naivePlan: string;
}

async function run({ sim, gateway }: BenchStack): Promise<ScenarioOutcome> {
  const orgs = sim.orgs;
  const orgList = dataOf(await gql(gateway.url, '{ orgs { publicId } }'), 'org list').orgs as Array<{
    publicId: string;
  }>;
  const orgIds = orgList.map((o) => o.publicId);
  /** Windows k = 4000 + 100 j. */
  const w = (j: number, hours = 24) => windowK(sim, 4000 + j * 100, hours);
  const suite: SuiteOperation[] = [
    {
      name: 'account usage, 3 families, 3 days',
      query: `query($start: DateTime!, $end: DateTime!) { account { name } hourlyUsage(productFamilies: [infra_hosts, logs, timeseries], start: $start, end: $end, first: 1000) { nodes { hour } } }`,
      vars: w(1, 72),
      naive: 1 + 3,
      naivePlan: 'account 1 + 3 families x 1 window',
    },
    {
      name: 'per-org usage, 2 families, 24 h',
      query: `query($start: DateTime!, $end: DateTime!) { orgs { ... on DatadogOrg { name hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, first: 100) { nodes { hour } } } } }`,
      vars: w(2),
      naive: 1 + orgs * 2,
      naivePlan: `orgs 1 + ${orgs} orgs x 2 families`,
    },
    {
      name: 'all orgs, 5 families, 2 days',
      query: `query($start: DateTime!, $end: DateTime!) { hourlyUsage(includeDescendants: true, productFamilies: [${BI_FAMILIES.join(', ')}], start: $start, end: $end, first: 1000) { nodes { hour } } }`,
      vars: w(3, 48),
      naive: orgs * 5 * 2,
      naivePlan: `${orgs} orgs x 5 families x 2 days`,
    },
    {
      name: 'four family fields, 24 h',
      query: `query($start: DateTime!, $end: DateTime!) { a: hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end) { nodes { hour } } b: hourlyUsage(productFamilies: [logs], start: $start, end: $end) { nodes { hour } } c: hourlyUsage(productFamilies: [timeseries], start: $start, end: $end) { nodes { hour } } d: hourlyUsage(productFamilies: [indexed_spans], start: $start, end: $end) { nodes { hour } } }`,
      vars: w(4),
      naive: 4,
      naivePlan: '4 fields x 1 call',
    },
    {
      name: 'org list, account and 5 nodes',
      query: `query($ids: [ID!]!) { orgs { publicId name } account { name } nodes(ids: $ids) { id ... on DatadogOrg { name region } } }`,
      vars: { ids: orgIds.slice(0, 5).map((id) => toGlobalId('DatadogOrg', id)) },
      naive: 1 + 1 + 5,
      naivePlan: 'orgs 1 + account 1 + 5 nodes',
    },
  ];
  const rows: Array<{ operation: string; calls: number; naive: number; naivePlan: string; ratio: number }> = [];
  for (const op of suite) {
    const since = await sim.settledSeq();
    dataOf(await gql(gateway.url, op.query, op.vars), op.name);
    // Counted once the gateway is idle again: calls it read ahead count for the operation.
    await sim.settledSeq();
    const calls = (await sim.requests(since)).length;
    rows.push({
      operation: op.name,
      calls,
      naive: op.naive,
      naivePlan: op.naivePlan,
      ratio: calls === 0 ? 0 : round(op.naive / calls, 1),
    });
  }
  return {
    // latest.json keeps this figure as the list it always was.
    results: rows,
    rows: rows.map((r) => ({
      label: `calls: ${r.operation}`,
      measured: r.calls === 0 ? '0: all from the page cache' : `${r.calls}: ${r.ratio}x fewer`,
      floor: `naive ${r.naive} (${r.naivePlan})`,
    })),
  };
}

export const callSuiteScenario: Scenario = { key: 'upstreamCalls', title: 'call suite', stack: 'open', run };
