import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';

/**
 * Upstream error text is the upstream's to write, and an upstream may echo what it was sent: nothing
 * that looks like a credential, and none of the keys the gateway sent, reaches a response or a log.
 */
describe('upstream error text is scrubbed of credentials', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.faults.clear());

  const QUERY = `query($start: DateTime!) { hourlyUsage(productFamilies: [logs], start: $start, first: 1) { nodes { hour } } }`;
  const HEX32 = '0123456789abcdef0123456789abcdef';
  const HEX40 = 'fedcba9876543210fedcba9876543210fedcba98';
  const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZW5hbnQifQ.c2lnbmF0dXJlLXZhbHVl';

  for (const status of [403, 400, 503]) {
    it(`HTTP ${status}: the message, extensions and log lines keep the error but lose the secrets`, async () => {
      const { apiKey, appKey } = stack.sim.world.parent;
      const said = [
        `Invalid key ${apiKey} with application key ${appKey}`,
        `Authorization: Bearer ${JWT}`,
        `api_key=${HEX32}&token=${HEX40}`,
        `Forbidden for credentials ${HEX40}; see https://docs.example.com/usage for help`,
      ];
      stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status, body: JSON.stringify({ errors: said }), times: 4 });
      const logStart = stack.logLines.length;
      const res = await stack.gql(QUERY, { start: hoursBefore(stack.sim.world.now, 24) });
      const error = res.body.errors?.[0];
      expect(error?.message).toMatch(new RegExp(`HTTP ${status}`));
      // What is not a secret survives, so the error still says what went wrong.
      expect(error?.message).toContain('Invalid key [redacted] with application key [redacted]');
      expect(error?.message).toContain('see https://docs.example.com/usage for help');
      const upstreamErrors = (error?.extensions?.upstream as { errors: string[] }).errors;
      expect(upstreamErrors).toHaveLength(4);
      expect(upstreamErrors[1]).toBe('Authorization: [redacted]');
      expect(upstreamErrors[2]).toBe('api_key=[redacted]&token=[redacted]');
      const logs = stack.logLines.slice(logStart).join('\n');
      for (const secret of [apiKey, appKey, HEX32, HEX40, JWT]) {
        expect(res.text).not.toContain(secret);
        expect(logs).not.toContain(secret);
      }
    });
  }
});

describe('scrubSecrets', () => {
  it('removes known values of any shape and credential-like text, and leaves ordinary text alone', async () => {
    const { scrubSecrets } = await import('../../../src/security/scrubSecrets.js');
    expect(scrubSecrets('key plainwords-not-a-token was rejected', ['plainwords-not-a-token'])).toBe(
      'key [redacted] was rejected',
    );
    expect(scrubSecrets('"DD-API-KEY": "abc", Fastly-Key: k3y')).toBe(
      '"DD-API-KEY": "[redacted]", Fastly-Key: [redacted]',
    );
    const ordinary =
      'start_hr 2024-01-01T00 is after end_hr; org 0a1b2c3d-1111-2222-3333-444455556666 (abcdef123456), retry after 3 s';
    expect(scrubSecrets(ordinary)).toBe(ordinary);
  });
});
