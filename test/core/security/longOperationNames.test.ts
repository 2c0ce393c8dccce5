import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startStack, type Stack } from '../../helpers/stack.js';
import { MAX_OPERATION_NAME_LENGTH } from '../../../src/metrics/boundedOperationName.js';

/** Operation names are the client's to choose: neither /metrics nor the log may grow with their length. */
describe('long operation names', () => {
  let stack: Stack;
  let base: string;
  beforeAll(async () => {
    stack = await startStack();
    base = stack.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => stack.stop());

  const metricsText = async (): Promise<string> => (await request(`${base}/metrics`)).body.text();

  it('a 200 KB name goes into metric labels and the log line as a prefix and a hash', async () => {
    const before = await metricsText();
    const names = ['A', 'B', 'C'].map((c) => `Op${c}${'x'.repeat(200_000)}`);
    for (const name of names) {
      const res = await stack.gql(`query ${name} { __typename }`);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ __typename: 'Query' });
    }
    const after = await metricsText();
    // Three operations with one label value each, a counter and a histogram: a few KB, not 600 KB.
    expect(after.length - before.length).toBeLessThan(20_000);
    const labels = [...after.matchAll(/meterql_graphql_operations_total\{operation="([^"]*)"/g)].map((m) => m[1]);
    for (const c of ['A', 'B', 'C']) {
      const label = labels.find((l) => l?.startsWith(`Op${c}`));
      expect(label).toMatch(/^Op[ABC]x+~[0-9a-f]{16}$/);
      expect(label!.length).toBeLessThanOrEqual(MAX_OPERATION_NAME_LENGTH);
    }
    const lines = stack.logLines.filter((l) => l.includes('"graphql operation"'));
    for (const line of lines) expect(line.length).toBeLessThan(2_000);
    const logged = lines.map((l) => (JSON.parse(l) as { operationName: string | null }).operationName);
    expect(logged.filter((n) => n !== null && /^Op[ABC]x+~[0-9a-f]{16}$/.test(n))).toHaveLength(3);
  });

  it('names up to the bound are kept as they are', async () => {
    const name = `Q${'y'.repeat(MAX_OPERATION_NAME_LENGTH - 1)}`;
    await stack.gql(`query ${name} { __typename }`);
    expect(await metricsText()).toContain(`operation="${name}"`);
  });
});
