/**
 * `npx tsx bench/microExecution.ts [--runs N] [--profile] [--query dashboard|example]`: what one
 * execution of a GraphQL operation costs the gateway itself, with no upstream latency in the way.
 *
 * In one process: the Datadog simulator (no latency), a gateway in front of it with its page cache,
 * one warm-up execution (the upstream pages land in the page cache), then N sequential executions of
 * the same operation over HTTP on loopback. Every execution runs the whole gateway path (parse and
 * validation are cached by Apollo; plan, loaders, resolvers, serialization are not) and reads its
 * pages from the page cache. Prints the median and p90 per execution as the client sees it
 * (`clientMs`), the gateway's whole share (`gatewayMs`: request received to response written, from
 * node:http's diagnostics channels), the operation's own figure from its log line (`serverMs`:
 * Apollo's request pipeline, before serialization and HTTP), CPU and GC time per execution, and with
 * `--profile` the top self-time functions over the timed runs (V8 sampling profiler through
 * node:inspector).
 *
 * Not part of `npm test`: the figures are for people, never asserted.
 */
// First, as in the CLI: dependencies in production mode before graphql-js loads.
import '../src/gateway/productionMode.js';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/gateway/config.js';
import type { DatadogConfig } from '../src/providers/datadog/datadogConfig.js';
import { PROVIDERS } from '../src/providers/registry.js';
import { createGateway, createLogger } from '../src/gateway/createGateway.js';
import { startSimulator } from '../src/providers/datadog/simulator/index.js';
import { EXAMPLE_QUERY } from '../src/providers/datadog/datadogExample.js';

const HOUR_MS = 3_600_000;

/** The bench's dashboard query (bench/bench.ts): 100 hourly-usage records of every org. */
export const DASHBOARD_QUERY = `query Dashboard($start: DateTime!, $end: DateTime!) {
  hourlyUsage(productFamilies: [infra_hosts, logs, indexed_spans], start: $start, end: $end, includeDescendants: true, first: 100) {
    nodes { org { publicId name } productFamily hour measurements { usageType value } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    profile: { type: 'boolean', default: false },
    query: { type: 'string', default: 'dashboard' },
  },
});
const runs = Number(flags.runs);
const query = flags.query === 'example' ? EXAMPLE_QUERY : DASHBOARD_QUERY;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

const sim = await startSimulator({ rateLimit: { limit: 1_000_000, periodSeconds: 10 } });
const base = loadConfig({ PORT: '0', LOG_LEVEL: 'info' }, PROVIDERS);
const datadog: DatadogConfig = {
  ...(base.providers.datadog as DatadogConfig),
  baseUrl: sim.url,
  credentials: { apiKey: sim.world.parent.apiKey, appKey: sim.world.parent.appKey },
};
// The gateway's own time per operation, from its log line (the line is written as in production).
const serverMs: number[] = [];
const gateway = await createGateway(
  { ...base, providers: { ...base.providers, datadog } },
  {
    providers: PROVIDERS,
    logger: createLogger('info', {
      write(line: string) {
        const m = /"ms":([0-9.]+)/.exec(line);
        if (m) serverMs.push(Number(m[1]));
      },
    }),
  },
);

// The gateway's whole share per request, bytes in to bytes out (HTTP parsing, Apollo, execution,
// serialization, writing), from node:http's own diagnostics channels. Only gateway requests are
// timed: the runs make no upstream call.
const requestStarted = new WeakMap<ServerResponse, number>();
const gatewayMs: number[] = [];
subscribe('http.server.request.start', (message) => {
  const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
  if (request.url === '/graphql') requestStarted.set(response, performance.now());
});
subscribe('http.server.response.finish', (message) => {
  const started = requestStarted.get((message as { response: ServerResponse }).response);
  if (started !== undefined) gatewayMs.push(performance.now() - started);
});

const end = new Date(sim.world.now.getTime() - 96 * HOUR_MS);
const variables = {
  start: new Date(end.getTime() - 24 * HOUR_MS).toISOString().slice(0, 13),
  end: end.toISOString().slice(0, 13),
};
const client = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
const body = JSON.stringify({ query, variables });
let bytes = 0;
async function execute(): Promise<void> {
  const res = await request(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    dispatcher: client,
  });
  const text = await res.body.text();
  if (res.statusCode !== 200 || text.includes('"errors"')) throw new Error(`execution failed: ${text.slice(0, 500)}`);
  bytes = text.length;
}

// Warm: the pages land in the page cache, V8 compiles the hot paths.
const upstreamBefore = sim.log.count();
for (let i = 0; i < 200; i++) await execute();
const upstreamCalls = sim.log.count() - upstreamBefore;

let gcMs = 0;
let gcCount = 0;
/** GC time by kind: scavenges of the young generation, mark-compact of the old one, the rest. */
const gcByKind = { minor: 0, major: 0, other: 0 };
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount += 1;
    const kind = (e as { detail?: { kind?: number } }).detail?.kind;
    const slot =
      kind === constants.NODE_PERFORMANCE_GC_MINOR
        ? 'minor'
        : kind === constants.NODE_PERFORMANCE_GC_MAJOR
          ? 'major'
          : 'other';
    gcByKind[slot] += e.duration;
  }
});
const session = new Session();
if (flags.profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
serverMs.length = 0;
gatewayMs.length = 0;
gcObserver.observe({ entryTypes: ['gc'] });
const clientMs: number[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < runs; i++) {
  const s = performance.now();
  await execute();
  clientMs.push(performance.now() - s);
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// GC entries are delivered asynchronously.
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
/** Functions whose inclusive share is reported (a sample counts once however deep it recurses). */
const INCLUSIVE = [
  'handleGraphql',
  'executeHTTPGraphQLRequest',
  'processGraphQLRequest',
  'executeOperation',
  'stringifyJson',
  'check',
  'createContext',
  'getArgumentValues',
  'buildResolveInfo',
  'completeValue',
  'parseHourlyUsagePage',
  'connectionFromStream',
  'serialize',
  'execute',
];
let top: Array<{ fn: string; selfPct: number }> = [];
let byModule: Array<{ module: string; selfPct: number }> = [];
let inclusive: Array<{ fn: string; pct: number }> = [];
if (flags.profile) {
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
  session.disconnect();
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const file = n.callFrame.url.replace(/^.*\/(node_modules\/|src\/)/, '$1');
    // Self time by where the code lives: a package, a folder of src/, node's internals, or V8's own.
    const module =
      /^node_modules\/((@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
      /^src\/(providers\/[^/]+|[^/]+)/.exec(file)?.[1] ??
      (file.startsWith('node:')
        ? 'node'
        : file === ''
          ? n.callFrame.functionName
          : file.includes('/bench/')
            ? 'bench client'
            : file);
    modules.set(module, (modules.get(module) ?? 0) + hits);
    const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  const walk = (id: number, above: ReadonlySet<string>): void => {
    const n = byId.get(id);
    if (n === undefined) return;
    const name = n.callFrame.functionName;
    const here = INCLUSIVE.includes(name) && !above.has(name) ? new Set([...above, name]) : above;
    for (const fn of here) counts.set(fn, (counts.get(fn) ?? 0) + (n.hitCount ?? 0));
    for (const c of n.children ?? []) walk(c, here);
  };
  walk(profile.nodes[0]?.id ?? 0, new Set());
  inclusive = INCLUSIVE.map((fn) => ({ fn, pct: round((100 * (counts.get(fn) ?? 0)) / total, 1) }));
  byModule = [...modules.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 16)
    .map(([module, hits]) => ({ module, selfPct: round((100 * hits) / total, 1) }));
  top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, hits]) => ({ fn, selfPct: round((100 * hits) / total, 1) }));
}

clientMs.sort((a, b) => a - b);
serverMs.sort((a, b) => a - b);
gatewayMs.sort((a, b) => a - b);
const report = {
  query: flags.query,
  runs,
  responseBytes: bytes,
  upstreamCallsDuringWarmUp: upstreamCalls,
  upstreamCallsDuringRuns: 0 as number,
  clientMs: { p50: round(percentile(clientMs, 50)), p90: round(percentile(clientMs, 90)) },
  gatewayMs: { p50: round(percentile(gatewayMs, 50)), p90: round(percentile(gatewayMs, 90)) },
  serverMs: { p50: round(percentile(serverMs, 50)), p90: round(percentile(serverMs, 90)) },
  perSecond: Math.round((runs * 1000) / wallMs),
  // CPU of the whole process (gateway and client) per execution: steadier than wall time on a busy machine.
  cpuMsPerExecution: round((cpu.user + cpu.system) / 1000 / runs),
  gcMsPerExecution: round(gcMs / runs),
  gcPerExecution: round(gcCount / runs, 2),
  gcMsPerExecutionByKind: {
    minor: round(gcByKind.minor / runs),
    major: round(gcByKind.major / runs),
    other: round(gcByKind.other / runs),
  },
};
report.upstreamCallsDuringRuns = sim.log.count() - upstreamBefore - upstreamCalls;
console.log(JSON.stringify(report, null, 2));
if (inclusive.length > 0) {
  console.log('inclusive time:');
  for (const t of inclusive) console.log(`  ${String(t.pct).padStart(5)}%  ${t.fn}`);
}
if (byModule.length > 0) {
  console.log('self time by module:');
  for (const t of byModule) console.log(`  ${String(t.selfPct).padStart(5)}%  ${t.module}`);
}
if (top.length > 0) {
  console.log('top self time:');
  for (const t of top) console.log(`  ${String(t.selfPct).padStart(5)}%  ${t.fn}`);
}
await client.close();
await gateway.stop();
await sim.stop();
