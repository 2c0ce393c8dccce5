import { describe, expect, it } from 'vitest';
import { DATADOG_SITES, datadogBaseUrl, loadConfig } from '../src/config.js';

describe('loadConfig()', () => {
  it('defaults: 127.0.0.1:4000, datadoghq.com, no credentials (the embedded simulator)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 4000, upstreamTimeoutMs: 30_000, logLevel: 'info' });
    expect(c.datadog).toEqual({ baseUrl: null, site: 'datadoghq.com', credentials: null });
    expect(c.cursorSecret.length).toBe(32);
  });

  it.each(DATADOG_SITES)('DD_SITE=%s points at https://api.%s', (site) => {
    expect(datadogBaseUrl(loadConfig({ DD_SITE: site }).datadog)).toBe(`https://api.${site}`);
  });

  it('METERQL_DATADOG_URL overrides the site, without a trailing slash', () => {
    expect(datadogBaseUrl(loadConfig({ METERQL_DATADOG_URL: 'http://127.0.0.1:4010/' }).datadog)).toBe(
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
});
