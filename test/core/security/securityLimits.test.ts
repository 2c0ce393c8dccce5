import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/gateway/config.js';

describe('security limits from the environment', () => {
  it('has its documented defaults', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 15,
      maxAliases: 64,
      maxTokens: 5_000,
      maxDirectives: 50,
      maxUpstreamCalls: 500,
      maxResultFields: 2_000_000,
      assumedListSize: 10,
      maxResponseBytes: 32 * 1024 * 1024,
      client: { ratePerMinute: 1200, burst: 1000, maxConcurrent: 16 },
    });
  });

  it('reads every variable', () => {
    const limits = loadConfig({
      METERQL_MAX_DEPTH: '8',
      METERQL_MAX_ALIASES: '5',
      METERQL_MAX_TOKENS: '900',
      METERQL_MAX_DIRECTIVES: '3',
      METERQL_MAX_UPSTREAM_CALLS: '0',
      METERQL_COST_LIST_SIZE: '40',
      METERQL_MAX_RESULT_FIELDS: '123',
      METERQL_MAX_RESPONSE_BYTES: '1000',
      METERQL_CLIENT_RATE_PER_MINUTE: '0',
      METERQL_CLIENT_BURST: '7',
      METERQL_CLIENT_MAX_CONCURRENT: '2',
    }).limits;
    expect(limits).toEqual({
      maxDepth: 8,
      maxAliases: 5,
      maxTokens: 900,
      maxDirectives: 3,
      maxUpstreamCalls: 0,
      maxResultFields: 123,
      assumedListSize: 40,
      maxResponseBytes: 1000,
      client: { ratePerMinute: 0, burst: 7, maxConcurrent: 2 },
    });
  });

  it('refuses a value out of range, naming the variable', () => {
    expect(() => loadConfig({ METERQL_MAX_DEPTH: '0' })).toThrow(/METERQL_MAX_DEPTH must be an integer from 1/);
    expect(() => loadConfig({ METERQL_COST_LIST_SIZE: 'ten' })).toThrow(/METERQL_COST_LIST_SIZE/);
  });
});
