import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/**
 * `/export/usageRollup.*` and `/export/hourlyUsage.*` read through the same paged reader and query
 * parameter reader as the other exports: a failure before the first row is a 502 for CSV and an error
 * object for NDJSON; a list longer than the GraphQL argument bound is refused before any upstream call.
 */
describe('Datadog exports: hourlyUsage and usageRollup failures', () => {
  let stack: Stack;
  let origin: string;
  let start: string;
  let end: string;

  beforeAll(async () => {
    stack = await startStack({});
    origin = new URL(stack.gateway.url).origin;
    start = hoursBefore(stack.sim.world.now, 48);
    end = hoursBefore(stack.sim.world.now, 24);
  });
  afterAll(() => stack.stop());

  async function get(path: string): Promise<{ status: number; text: string }> {
    const res = await request(`${origin}/export/${path}`);
    return { status: res.statusCode, text: await res.body.text() };
  }

  for (const view of ['usageRollup', 'hourlyUsage']) {
    it(`${view}: a failure before the first row is a 502 for CSV and an error object for NDJSON`, async () => {
      const query = `productFamilies=infra_hosts&start=${start}&end=${end}`;
      stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: 2 });
      const csv = await get(`${view}.csv?${query}`);
      stack.sim.faults.clear();
      expect(csv.status).toBe(502);
      expect(JSON.parse(csv.text)).toMatchObject({ errors: [{ extensions: { code: 'UPSTREAM_UNAVAILABLE' } }] });

      stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: 2 });
      const ndjson = await get(`${view}.ndjson?${query}`);
      stack.sim.faults.clear();
      expect(ndjson.status).toBe(200);
      expect(JSON.parse(ndjson.text.trim())).toMatchObject({
        error: { source: 'DATADOG', code: 'UPSTREAM_UNAVAILABLE' },
      });
    });
  }

  it('refuses a list longer than the GraphQL argument bound, before any upstream call', async () => {
    stack.sim.log.clear();
    const many = Array.from({ length: 101 }, (_, i) => `type_${i}`).join(',');
    const res = await get(`usageRollup.csv?start=${start}&usageTypes=${many}`);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'usageTypes' });
    expect(body.errors[0]?.message).toMatch(/"usageTypes" must be a list of at most 100 items, but got: "101 items"/);
    expect(stack.sim.log.count()).toBe(0);
  });
});
