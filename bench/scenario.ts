/**
 * What a bench scenario is. Scenarios are registered in scenarios/registry.ts and run in that order;
 * consecutive scenarios on the same {@link StackName} share one stack (simulator, gateway process,
 * floor servers), started before the first and stopped after the last. A scenario with `stack: null`
 * brings up whatever it needs itself (e.g. another provider's simulator and a gateway configured for
 * it, with startGatewayProcess and startChildProcess).
 */
import type { BenchSimulator } from './benchSimulator.js';
import type { BareBytesFloor, FloorServer } from './floors.js';
import type { GatewayProcess } from './gatewayProcess.js';

/** The shared stacks: `open` (a generous rate limit) and `rateLimited` (the strict BI budget). */
export type StackName = 'open' | 'rateLimited';

/** A Datadog simulator, meterql in its own process in front of it, and the floor servers (started on first use). */
export interface BenchStack {
  name: StackName;
  sim: BenchSimulator;
  gateway: GatewayProcess;
  rateLimit: { limit: number; periodSeconds: number };
  /** The raw Node proxy in front of `sim`. */
  rawProxy: () => Promise<FloorServer>;
  /** The bare-bytes server. */
  bareBytes: () => Promise<BareBytesFloor>;
}

/** One printed line: the figure, what meterql measured, and the floor (or reference) beside it. */
export interface ReportRow {
  label: string;
  measured: string;
  floor?: string;
}

/** What a scenario hands back: its figures for latest.json, the floors it measured, and its table rows. */
export interface ScenarioOutcome {
  results: unknown;
  /** Floors measured in the same run (latest.json's `baseline.<key>`). */
  baseline?: Record<string, unknown>;
  rows: ReportRow[];
}

interface ScenarioBase {
  /** Its key in latest.json. */
  key: string;
  /** Shown while it runs. */
  title: string;
}

export type Scenario =
  | (ScenarioBase & { stack: StackName; run(stack: BenchStack): Promise<ScenarioOutcome> })
  | (ScenarioBase & { stack: null; run(): Promise<ScenarioOutcome> });
