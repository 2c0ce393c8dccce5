import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig as loadCoreConfig } from '../../src/gateway/config.js';
import { DATADOG_SITES, datadogBaseUrl, type DatadogConfig } from '../../src/providers/datadog/datadogConfig.js';
import { PROVIDERS } from '../../src/providers/registry.js';

/** The configuration as the CLI reads it: the core's variables and every provider's. */
const loadConfig = (env: NodeJS.ProcessEnv) => loadCoreConfig(env, PROVIDERS);
const datadogOf = (c: ReturnType<typeof loadConfig>): DatadogConfig => c.providers.datadog as DatadogConfig;

describe('loadConfig()', () => {
  it('defaults: 127.0.0.1:4000, datadoghq.com, no credentials (the embedded simulator)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 4000, upstreamTimeoutMs: 30_000, logLevel: 'info' });
    expect(datadogOf(c)).toEqual({ baseUrl: null, site: 'datadoghq.com', credentials: null });
    expect(c.cursorSecret.length).toBe(32);
  });

  it.each(DATADOG_SITES)('DD_SITE=%s points at https://api.%s', (site) => {
    expect(datadogBaseUrl(datadogOf(loadConfig({ DD_SITE: site })))).toBe(`https://api.${site}`);
  });

  it('METERQL_DATADOG_URL overrides the site, without a trailing slash', () => {
    expect(datadogBaseUrl(datadogOf(loadConfig({ METERQL_DATADOG_URL: 'http://127.0.0.1:4010/' })))).toBe(
      'http://127.0.0.1:4010',
    );
  });

  it.each([
    [{ DD_SITE: 'datadoghq.org' }, /DD_SITE must be one of datadoghq\.com, .* but got: "datadoghq\.org"/],
    [{ PORT: 'eighty' }, /PORT must be an integer from 0 to 65535, but got: "eighty"/],
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ DD_API_KEY: 'k' }, /DD_APP_KEY must be set together with the other Datadog key/],
    [{ DD_APP_KEY: 'k' }, /DD_API_KEY must be set together/],
    [{ METERQL_DATADOG_URL: 'api.datadoghq.com' }, /METERQL_DATADOG_URL must be an http\(s\) URL/],
    [{ METERQL_SIM_NOW: 'soon' }, /METERQL_SIM_NOW must be an ISO-8601 date-time/],
  ])('rejects %o naming the variable, what was expected and what came', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('a configured cursor secret is used as is, so several instances accept each other’s cursors', () => {
    expect(loadConfig({ METERQL_CURSOR_SECRET: 's3cret' }).cursorSecret.toString()).toBe('s3cret');
  });

  it('resilience, drain and metrics settings: unset means the client defaults; set values are checked', () => {
    const c = loadConfig({});
    expect(c.upstream).toEqual({});
    expect(c).toMatchObject({ drainTimeoutMs: 10_000, shutdownDelayMs: 0 });
    expect(c.metrics).toEqual({ enabled: true, processMetrics: true, maxOperationNames: 100 });
    const set = loadConfig({
      METERQL_OPERATION_DEADLINE_MS: '5000',
      METERQL_UPSTREAM_MAX_ATTEMPTS: '2',
      METERQL_UPSTREAM_RETRY_BASE_MS: '50',
      METERQL_BREAKER_COOLDOWN_MS: '1000',
      METERQL_PAGE_CACHE_MAX_BYTES: '0',
      METERQL_CACHE_LIVE_TTL_MS: '1000',
      METERQL_UPSTREAM_PACING: 'off',
      METERQL_METRICS: 'false',
    });
    expect(set.upstream).toEqual({
      operationDeadlineMs: 5000,
      retry: { maxAttempts: 2, baseDelayMs: 50 },
      breaker: { coolDownMs: 1000 },
      cache: false,
      freshnessTtls: { liveTtlMs: 1000 },
      pacing: false,
    });
    expect(set.metrics.enabled).toBe(false);
    expect(loadConfig({ METERQL_PAGE_CACHE_MAX_BYTES: '1048576' }).upstream).toEqual({ cacheMaxBytes: 1048576 });
    expect(() => loadConfig({ METERQL_UPSTREAM_MAX_ATTEMPTS: '0' })).toThrow(
      /METERQL_UPSTREAM_MAX_ATTEMPTS must be an integer from 1 to 10, but got: "0"/,
    );
    expect(() => loadConfig({ METERQL_UPSTREAM_PACING: 'maybe' })).toThrow(
      /METERQL_UPSTREAM_PACING must be true or false/,
    );
  });

  it('METERQL_WORKERS: 1 by default, auto is one per core, else 1..64; several need a shared cursor secret', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ METERQL_WORKERS: 'auto' }).workers).toBe(Math.min(64, availableParallelism()));
    for (const bad of ['0', '65', '1.5', 'two', ' 2x']) {
      expect(() => loadConfig({ METERQL_WORKERS: bad })).toThrow(
        `METERQL_WORKERS must be auto or an integer from 1 to 64, but got: ${JSON.stringify(bad)}`,
      );
    }
    // With real providers, a missing secret fails start-up; each worker takes half of every budget.
    const keys = { DD_API_KEY: 'k', DD_APP_KEY: 'a' };
    expect(() => loadConfig({ ...keys, METERQL_WORKERS: '2' })).toThrow(/^METERQL_CURSOR_SECRET must be set when/);
    const two = loadConfig({ ...keys, METERQL_WORKERS: '2', METERQL_CURSOR_SECRET: 's' });
    expect({ workers: two.workers, upstream: two.upstream }).toEqual({ workers: 2, upstream: { budgetShare: 0.5 } });
    // On the embedded simulators the primary generates the secret for its workers.
    expect(loadConfig({ METERQL_WORKERS: '2' }).workers).toBe(2);
    expect(loadConfig({ ...keys, METERQL_WORKERS: '1' }).upstream).toEqual({});
  });
});
