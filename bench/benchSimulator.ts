/**
 * A Datadog simulator in its own process (datadogSimulatorProcess.ts), and what the bench reads from
 * any simulator: its request log over HTTP, and the latency it added to each request.
 */
import { request } from 'undici';
import { hash32, mix32, unitFloat } from '../src/simulator/hashing.js';
import { startChildProcess, tsxScript } from './startChildProcess.js';
import { SEED } from './benchSettings.js';

/** One entry of the simulator's request log, as `/_simulator/requests` serves it. */
export interface LoggedCall {
  seq: number;
  /** Arrival time (ISO-8601). */
  at: string;
  endpoint: string;
  query: Record<string, string>;
  status: number;
}

/** A simulator's request log as the bench reads it (any provider's simulator: they share the kernel). */
export interface SimulatorRequestLog {
  /** Requests logged after sequence number `after`. */
  requests(after?: number): Promise<LoggedCall[]>;
  /** The latency the simulator added to request `seq` (a pure function of the seed and seq, as the kernel draws it). */
  latencyOf: (seq: number) => number;
  /** The sequence number of the last request logged so far (0 when none). */
  lastSeq(): Promise<number>;
  /** Waits until the simulator has served nothing new for 300 ms (background read-ahead included). */
  settledSeq(): Promise<number>;
}

export interface BenchSimulator extends SimulatorRequestLog {
  url: string;
  apiKey: string;
  appKey: string;
  /** The simulated clock (floored to the hour). */
  now: Date;
  orgs: number;
  stop(): Promise<void>;
}

export interface BenchSimulatorOptions {
  latencyMs: { min: number; max: number } | number;
  rateLimit: { limit: number; periodSeconds: number };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads the request log of the simulator at `url` (`GET /_simulator/requests`), started with the
 * bench's seed and `latencyMs`.
 */
export function simulatorRequestLog(url: string, latencyMs: BenchSimulatorOptions['latencyMs']): SimulatorRequestLog {
  const latencyKey = hash32(`${SEED}|latency`);
  const requests = async (after = 0): Promise<LoggedCall[]> => {
    const res = await request(`${url}/_simulator/requests`);
    const body = (await res.body.json()) as { requests: LoggedCall[] };
    return body.requests.filter((r) => r.seq > after);
  };
  const lastSeq = async (): Promise<number> => {
    const all = await requests();
    return all.length === 0 ? 0 : (all[all.length - 1] as LoggedCall).seq;
  };
  return {
    requests,
    latencyOf: (seq) =>
      typeof latencyMs === 'number'
        ? latencyMs
        : Math.round(latencyMs.min + (latencyMs.max - latencyMs.min) * unitFloat(mix32(latencyKey, seq))),
    lastSeq,
    async settledSeq() {
      let seq = await lastSeq();
      for (;;) {
        await sleep(300);
        const now = await lastSeq();
        if (now === seq) return seq;
        seq = now;
      }
    },
  };
}

/** Starts the simulator process and resolves once it listens. */
export async function startBenchSimulator(options: BenchSimulatorOptions): Promise<BenchSimulator> {
  const child = await startChildProcess(
    tsxScript(new URL('./datadogSimulatorProcess.ts', import.meta.url), JSON.stringify({ seed: SEED, ...options })),
    { name: 'Datadog simulator', stdout: 'readyLine' },
  );
  const info = JSON.parse(child.firstLine ?? '') as {
    url: string;
    apiKey: string;
    appKey: string;
    now: string;
    orgs: number;
  };
  return {
    ...info,
    now: new Date(info.now),
    ...simulatorRequestLog(info.url, options.latencyMs),
    stop: () => child.stop(),
  };
}
