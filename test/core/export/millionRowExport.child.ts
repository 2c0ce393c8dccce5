/**
 * Run by millionRowExport.test.ts in a child process with `--expose-gc`: starts a gateway whose only
 * provider serves a synthetic export view of `rows` rows (pages of 500, generated when the route
 * asks for them, never held), streams `GET /export/synthetic.<format>` from it over loopback HTTP,
 * discarding the body, once with 100,000 rows to warm the process up and then measured with `rows`,
 * and prints as JSON: the rows and bytes received, the pages generated, and RSS (after full GCs)
 * before the measured request and at every 50,000 rows.
 */
import { request } from 'undici';
import { loadConfig } from '../../../src/gateway/config.js';
import { createGateway, createLogger } from '../../../src/gateway/createGateway.js';
import type { Provider } from '../../../src/gateway/provider.js';
import type { ExportView } from '../../../src/export/exportView.js';
import { exportColumn } from '../../../src/export/exportColumn.js';
import { parseDecimal, type Decimal } from '../../../src/money/decimal.js';
import { DEFAULT_UPSTREAM_POLICY } from '../../../src/upstream/upstreamPolicy.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const ROWS = Number(process.argv[2] ?? '1000000');
const FORMAT = process.argv[3] ?? 'csv';
const PAGE = 500;
let pagesGenerated = 0;

interface SyntheticRow {
  n: number;
  hour: Date;
  cost: Decimal;
}

const view: ExportView<SyntheticRow> = {
  name: 'synthetic',
  columns: [
    exportColumn.instant('hour', (r) => r.hour),
    exportColumn.text('org_public_id', (r) => `org-${r.n % 97}`),
    exportColumn.text('org_name', (r) => `Org ${r.n % 97}, "synthetic" Inc.`),
    exportColumn.json('tags', (r) => ({ team: [`t${r.n % 7}`], env: ['prod'] })),
    exportColumn.number('total_usage_sum', (r) => (r.n % 1000) / 8),
    exportColumn.decimal('cost', (r) => r.cost),
  ],
  open(_contextFor, search) {
    const total = Number(search.get('rows') ?? ROWS);
    return Promise.resolve({
      failuresBeforeFirstRow: [],
      async *rows() {
        for (let page = 0; page * PAGE < total; page++) {
          pagesGenerated += 1;
          // As an upstream read would: the next page comes after an I/O turn.
          await new Promise((resolve) => setImmediate(resolve));
          const count = Math.min(PAGE, total - page * PAGE);
          yield Array.from({ length: count }, (_, i): SyntheticRow => {
            const n = page * PAGE + i;
            return {
              n,
              hour: new Date(Date.UTC(2026, 0, 1) + (n % 8760) * 3_600_000),
              cost: parseDecimal(`${n % 99991}.${String(n % 1000).padStart(3, '0')}`)!,
            };
          });
        }
      },
      failures: () => [],
    });
  },
};

const synthetic: Provider<null> = {
  name: 'synthetic',
  enumValue: 'SYNTHETIC',
  displayName: 'Synthetic',
  orgTypeName: 'SyntheticOrg',
  orgScopeId: () => 'synthetic',
  httpPolicy: DEFAULT_UPSTREAM_POLICY,
  typeDefs: ['extend enum ProviderName {\n  "A synthetic provider of one big export view."\n  SYNTHETIC\n}\n'],
  resolvers: {},
  fieldSpecs: [],
  nodeTypes: {},
  exports: [view],
  readConfig: () => null,
  isConfigured: () => true,
  connect: () =>
    Promise.resolve({
      mode: 'real',
      baseUrl: null,
      banner: 'synthetic provider',
      simulator: null,
      createRequestState: () => ({}),
      listOrgs: () => Promise.resolve([]),
      close: () => Promise.resolve(),
    }),
  simulate: () => Promise.reject(new Error('the synthetic provider has no simulator')),
};

const gateway = await createGateway(loadConfig({ PORT: '0', LOG_LEVEL: 'warn' }, [synthetic]), {
  providers: [synthetic],
  logger: createLogger('warn', { write: (line: string) => void process.stderr.write(line) }),
});
const origin = new URL(gateway.url).origin;

const rss = (): number => {
  gc();
  return process.memoryUsage().rss;
};
// A first, shorter export warms the process up (code, pools, heap sizing); the second is measured.
const warmUp = await request(`${origin}/export/synthetic.${FORMAT}?rows=100000`);
for await (const chunk of warmUp.body) void chunk;
pagesGenerated = 0;
const baseline = rss();
const samples: number[] = [];
const res = await request(`${origin}/export/synthetic.${FORMAT}`);
if (res.statusCode !== 200) throw new Error(`export answered ${res.statusCode}: ${await res.body.text()}`);
let bytes = 0;
let lines = 0;
let nextSample = 50_000;
for await (const chunk of res.body) {
  const buffer = chunk as Buffer;
  bytes += buffer.length;
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) lines++;
  if (lines >= nextSample) {
    samples.push(rss());
    nextSample += 50_000;
  }
}
await gateway.stop();
const rows = FORMAT === 'csv' ? lines - 1 : lines;
process.stdout.write(`${JSON.stringify({ rows, bytes, pagesGenerated, baseline, samples })}\n`);
