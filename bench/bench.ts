/**
 * `npm run bench`: meterql's figures, each beside its floor, measured in one run. meterql runs as it
 * ships (the built CLI, in its own process) in front of Datadog simulators in their own processes
 * with realistic latency; the floors (a raw Node proxy, a bare node:http server answering the same
 * bytes, the rate-limit and call-chain bounds of the pulls) are measured in the same run. Prints a
 * table and writes bench/results/latest.json. The scenarios are in scenarios/registry.ts.
 */
// First, as in the CLI: dependencies in production mode before graphql-js loads (the in-process micro-bench).
import '../src/gateway/productionMode.js';
import { availableParallelism, loadavg } from 'node:os';
import { LATENCY, ONLY_SCENARIOS, SEED } from './benchSettings.js';
import { closeClient } from './graphqlClient.js';
import { formatTable, reportJson, writeReport } from './report.js';
import { runScenarios } from './runScenarios.js';
import type { Scenario } from './scenario.js';
import { SCENARIOS } from './scenarios/registry.js';
import { stopAllChildProcesses } from './startChildProcess.js';

/** The registry's scenarios, or those `BENCH_ONLY` names (each must exist). */
function selectedScenarios(): readonly Scenario[] {
  if (ONLY_SCENARIOS === null) return SCENARIOS;
  const keys = SCENARIOS.map((s) => s.key);
  const unknown = ONLY_SCENARIOS.filter((k) => !keys.includes(k));
  if (unknown.length > 0) {
    throw new Error(`BENCH_ONLY must name scenarios among ${keys.join(', ')}; got unknown: ${unknown.join(', ')}`);
  }
  return SCENARIOS.filter((s) => ONLY_SCENARIOS?.includes(s.key));
}

async function main(): Promise<void> {
  const started = Date.now();
  // The machine is shared: its load says how far the figures can be trusted.
  const loadBefore = loadavg()[0] ?? NaN;
  const runs = await runScenarios(selectedScenarios());
  const loadAfter = loadavg()[0] ?? NaN;
  const benchSeconds = Math.round((Date.now() - started) / 1000);
  const machine = { cores: availableParallelism(), loadAverage1m: { before: loadBefore, after: loadAfter } };
  const json = reportJson(
    { at: new Date().toISOString(), node: process.version, machine, simulator: { latencyMs: LATENCY, seed: SEED } },
    runs,
  );
  const path = writeReport({ ...json, benchSeconds });
  const rows = [
    {
      label: 'machine',
      measured: `${machine.cores} cores, 1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    },
    { label: 'simulator latency', measured: `${LATENCY.min}-${LATENCY.max} ms per call` },
    ...runs.flatMap((r) => r.outcome.rows),
    { label: 'bench wall time', measured: `${benchSeconds} s` },
  ];
  process.stdout.write(`${formatTable(rows)}\n\nwritten: ${path}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAllChildProcesses();
    await closeClient();
  });
