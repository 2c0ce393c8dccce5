/** The bench's output: bench/results/latest.json, and the table printed beside it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScenarioRun } from './runScenarios.js';
import type { ReportRow } from './scenario.js';

/**
 * latest.json: the run's settings (`run`), each scenario's figures under its key, and `baseline`,
 * the floors measured in the same run, under the same keys.
 */
export function reportJson(run: Record<string, unknown>, runs: readonly ScenarioRun[]): Record<string, unknown> {
  const json: Record<string, unknown> = { ...run };
  const baseline: Record<string, unknown> = {};
  const seconds: Record<string, number> = {};
  for (const { scenario, outcome, seconds: s } of runs) {
    json[scenario.key] = outcome.results;
    if (outcome.baseline) baseline[scenario.key] = outcome.baseline;
    seconds[scenario.key] = s;
  }
  return { ...json, baseline, scenarioSeconds: seconds };
}

/** Writes latest.json; returns its path. */
export function writeReport(json: Record<string, unknown>): string {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}latest.json`;
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return path;
}

/** Rows as aligned columns: figure, measured, and the floor beside it. */
export function formatTable(rows: readonly ReportRow[]): string {
  const all: ReportRow[] = [{ label: 'figure', measured: 'meterql', floor: 'floor / reference' }, ...rows];
  const labelWidth = Math.max(...all.map((r) => r.label.length));
  const measuredWidth = Math.max(...all.map((r) => r.measured.length));
  return all
    .map((r) =>
      r.floor === undefined
        ? `${r.label.padEnd(labelWidth)}  ${r.measured}`
        : `${r.label.padEnd(labelWidth)}  ${r.measured.padEnd(measuredWidth)}  | ${r.floor}`,
    )
    .join('\n');
}
