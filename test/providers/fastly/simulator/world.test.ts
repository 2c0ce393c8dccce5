import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFastlyWorld,
  printBanner,
  startSimulator,
  type Simulator,
} from '../../../../src/providers/fastly/simulator/index.js';
import { INVOICES, MONTH_TO_DATE, NOW, SERVICE_USAGE, USAGE_METRICS, call } from './fastlySimHttp.js';

/** Every body the primary customer can read for a few queries (ids differ per seed, so tokens are looked up per world). */
async function bodies(sim: Simulator): Promise<string[]> {
  const paths: [string, Record<string, string>][] = [
    [USAGE_METRICS, { start_month: '2025-12', end_month: '2026-02' }],
    [SERVICE_USAGE, { product_id: 'cdn_usage', usage_type_name: 'Europe Requests', start_month: '2025-01' }],
    [INVOICES, {}],
    [MONTH_TO_DATE, {}],
  ];
  return Promise.all(paths.map(async ([path, params]) => (await call(sim, path, params)).text));
}

describe('determinism', () => {
  let a: Simulator;
  let b: Simulator;
  let other: Simulator;
  beforeAll(async () => {
    [a, b, other] = await Promise.all([
      startSimulator({ now: NOW }),
      startSimulator({ now: NOW }),
      startSimulator({ now: NOW, seed: 'another seed' }),
    ]);
  });
  afterAll(() => Promise.all([a.stop(), b.stop(), other.stop()]));

  it('the same seed and clock answer byte for byte the same, ids and tokens included', async () => {
    expect(b.world.customers).toEqual(a.world.customers);
    expect(await bodies(b)).toEqual(await bodies(a));
  });

  it('another seed gives other ids, tokens and figures', async () => {
    const [mine, theirs] = [a.world.customers[0]!, other.world.customers[0]!];
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.token).not.toBe(mine.token);
    expect(theirs.name).toBe(mine.name);
    // A's token means nothing to the other world.
    expect((await call(other, MONTH_TO_DATE, {}, mine)).status).toBe(401);
    const [x, y] = [await bodies(a), await bodies(other)];
    for (let i = 0; i < x.length; i++) expect(y[i]).not.toBe(x[i]);
  });

  it('the clock moves the history: a month later, one more closed month and invoice', () => {
    const later = createFastlyWorld('meterql', new Date('2026-04-10T12:00:00Z'));
    const now = createFastlyWorld('meterql', NOW);
    expect(later.customers[0]!.months.at(-1)).toBe('2026-04');
    expect(later.customers[0]!.months[0]).toBe('2024-10');
    expect(later.invoices(later.customers[0]!.id)[0]!.billing_start_date).toBe('2026-03-01T00:00:00Z');
    // March closed in the later world is the full month; in the earlier one it has only accrued.
    const [lateMarch, liveMarch] = [later, now].map((w) =>
      w.usageMetrics(w.customers[0]!.id, '2026-03').find((m) => m.usage_type === 'North America Requests'),
    );
    expect(lateMarch!.quantity).toBeGreaterThan(liveMarch!.quantity);
    // A service's usage in a closed month does not depend on the clock (lifetimes and history count back from it).
    const c = now.customers[0]!;
    for (const service of c.services.filter((s) => s.name.includes('initech.example'))) {
      for (const t of now.usageTypes) {
        const units = (w: typeof now): string =>
          w.serviceUsageUnits(c.id, service.id, t.productId, t.usageType, '2026-01');
        expect(units(later)).toBe(units(now));
      }
    }
    expect(later.customers[0]!.id).toBe(c.id);
  });
});

describe('the world', () => {
  it('a dozen services across delivery, compute, security and observability; Fastly-like ids', () => {
    const world = createFastlyWorld('meterql', NOW);
    const primary = world.customers[0]!;
    expect(primary.services).toHaveLength(12);
    for (const c of world.customers) {
      expect(c.id).toMatch(/^[A-Za-z0-9]{22}$/);
      for (const s of c.services) expect(s.id).toMatch(/^[A-Za-z0-9]{22}$/);
    }
    const lines = new Set(world.products.map((p) => p.productLine));
    expect(lines).toEqual(new Set(['Network Services', 'Security', 'Observability']));
    const used = new Set(primary.months.flatMap((m) => world.usageMetrics(primary.id, m).map((u) => u.product_id)));
    expect(used).toEqual(new Set(world.products.map((p) => p.productId)));
  });

  it('every figure stays within 15 significant digits, whatever the seed', () => {
    for (const seed of ['meterql', 'a', 'b', 'c', 'd', 'e']) {
      // Building the world checks it; the sample reads some figures back.
      const world = createFastlyWorld(seed, NOW);
      for (const c of world.customers) {
        for (const invoice of world.invoices(c.id)) {
          expect(
            String(invoice.monthly_transaction_amount).replace(/[-.]/g, '').replace(/^0+/, '').length,
          ).toBeLessThanOrEqual(15);
        }
      }
    }
  });

  it('printBanner lists the URL, every endpoint, each customer token and an example curl', async () => {
    const sim = await startSimulator({ now: NOW });
    try {
      const banner = printBanner(sim);
      expect(banner).toContain(`Fastly simulator listening on ${sim.url}`);
      for (const path of [
        '/billing/v3/usage-metrics',
        '/billing/v3/service-usage-metrics',
        '/billing/v3/invoices/month-to-date',
        '/current_customer',
      ]) {
        expect(banner).toContain(`${sim.url}${path}`);
      }
      for (const c of sim.world.customers) expect(banner).toContain(`Fastly-Key: ${c.token}`);
      expect(banner).toContain(`curl -s -H 'Fastly-Key: ${sim.world.customers[0]!.token}'`);
    } finally {
      await sim.stop();
    }
  });
});
