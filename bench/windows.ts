/** The time windows the scenarios read: distinct per request where no cache may answer. */
import type { BenchSimulator } from './benchSimulator.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** `YYYY-MM-DDThh`, the hour format the API and the gateway take. */
export const hourText = (d: Date): string => d.toISOString().slice(0, 13);

/** A window as GraphQL variables (a type alias, so it is a `Record<string, unknown>`). */
export type HourWindow = { start: string; end: string };

/**
 * A window of `hours` ending `k` hours before the data horizon (96 h before the simulated now:
 * settled data). Distinct per k, so no cache can serve it; each scenario keeps to its own range of k.
 */
export function windowK(sim: BenchSimulator, k: number, hours = 24): HourWindow {
  const end = new Date(sim.now.getTime() - 96 * HOUR_MS - k * HOUR_MS);
  return { start: hourText(new Date(end.getTime() - hours * HOUR_MS)), end: hourText(end) };
}

/** `days` whole UTC days ending `daysBack` days before the simulated now (at least 4: settled). */
export function dayWindow(sim: BenchSimulator, daysBack: number, days: number): { start: Date; end: Date } {
  const end = new Date(Math.floor((sim.now.getTime() - daysBack * DAY_MS) / DAY_MS) * DAY_MS);
  return { start: new Date(end.getTime() - days * DAY_MS), end };
}
