import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { BILLING_DIMENSIONS } from '../../../../src/providers/datadog/simulator/billingCatalog.js';
import { NOW, SUMMARY, call, parseWithBigInts } from './simHttp.js';

const BILLABLE = '/api/v1/usage/billable-summary';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

type Body = Record<string, number | string>;
type Row = Record<string, unknown> & { public_id: string; usage: Record<string, Body> };

describe('GET /api/v1/usage/billable-summary', () => {
  it('answers one row per org with every billable key, consistent across rows', async () => {
    const res = await call(sim, BILLABLE, { month: '2026-02' });
    expect(res.status).toBe(200);
    const rows = res.json.usage as Row[];
    expect(rows.map((r) => r.public_id)).toEqual(sim.world.orgs.map((o) => o.publicId));
    for (const row of rows) {
      expect(row).toMatchObject({
        account_name: 'Acme Corp',
        account_public_id: sim.world.parent.publicId,
        billing_plan: 'Pro',
        start_date: '2026-02-01T00:00:00+00:00',
        end_date: '2026-02-28T00:00:00+00:00',
        num_orgs: sim.world.orgs.length,
        ratio_in_month: 1,
      });
      expect(Object.keys(row.usage)).toEqual(BILLING_DIMENSIONS.map((d) => d.billableKey));
      expect(row.usage.infra_host_top99p).toMatchObject({
        elapsed_usage_hours: 28 * 24,
        first_billable_usage_hour: '2026-02-01T00:00:00+00:00',
        last_billable_usage_hour: '2026-02-28T23:00:00+00:00',
        usage_unit: 'host',
      });
    }
    for (const key of BILLING_DIMENSIONS.map((d) => d.billableKey)) {
      const bodies = rows.map((r) => r.usage[key]!);
      const account = bodies[0]!.account_billable_usage as number;
      // The account line is the sum of the org lines; committed + on demand = the account's usage.
      expect(bodies.reduce((acc, b) => acc + (b.org_billable_usage as number), 0)).toBe(account);
      for (const b of bodies) {
        expect(b.account_billable_usage).toBe(account);
        expect((b.account_committed_usage as number) + (b.account_on_demand_usage as number)).toBe(account);
      }
      if (account > 0) {
        const pct = bodies.reduce((acc, b) => acc + (b.percentage_in_account as number), 0);
        expect(pct).toBeCloseTo(100, 2);
      }
    }
  });

  it('billable top99p/avg figures equal the usage summary figures of the same month', async () => {
    const billable = (await call(sim, BILLABLE, { month: '2026-02' })).json.usage as Row[];
    const summary = parseWithBigInts(
      (await call(sim, SUMMARY, { start_month: '2026-02', end_month: '2026-02', include_org_details: 'true' })).text,
    ) as { usage: Array<{ orgs: Array<Record<string, unknown>> }> };
    const pairs: Array<[string, string]> = [
      ['infra_host_top99p', 'infra_host_top99p'],
      ['apm_host_top99p', 'apm_host_top99p'],
      ['timeseries_average', 'custom_ts_avg'],
      ['network_device_top99p', 'snmp_device_count_top99p'],
      ['fargate_container_average', 'fargate_tasks_count_avg'],
      ['lambda_function_average', 'aws_lambda_func_count'],
      ['dbm_host_top99p', 'dbm_host_top99p_sum'],
    ];
    for (const row of billable) {
      const org = summary.usage[0]!.orgs.find((o) => o.public_id === row.public_id)!;
      for (const [key, field] of pairs) {
        expect(row.usage[key]!.org_billable_usage, `${key} vs ${field}`).toBe(Number(org[field]));
      }
      // Bytes are billed in GB: the summary's byte sum divided and rounded.
      expect(row.usage.logs_ingested_sum!.org_billable_usage).toBe(
        Math.round(Number(org.ingested_events_bytes_sum) / 1e9),
      );
    }
    expect(billable[0]!.usage.infra_host_top99p!.org_billable_usage).toBeGreaterThan(0);
  });

  it('defaults to the current month, reported so far', async () => {
    const res = await call(sim, BILLABLE, {});
    expect(res.status).toBe(200);
    const row = res.json.usage[0] as Row;
    expect(row.start_date).toBe('2026-03-01T00:00:00+00:00');
    expect(row.end_date).toBe('2026-03-10T00:00:00+00:00');
    const hours = 9 * 24 + 12;
    expect(row.ratio_in_month).toBeCloseTo(hours / (31 * 24), 6);
    expect(row.usage.infra_host_top99p!.elapsed_usage_hours).toBe(hours);
    expect(row.usage.infra_host_top99p!.last_billable_usage_hour).toBe('2026-03-10T11:00:00+00:00');
  });

  it('has no rows for a month with no reported hour yet', async () => {
    const res = await call(sim, BILLABLE, { month: '2026-05' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ usage: [] });
  });

  it('answers only parent-org keys', async () => {
    for (const child of sim.world.orgs.slice(1)) {
      const res = await call(sim, BILLABLE, { month: '2026-02' }, child);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        errors: ['API called with non-parent org keys. Data is only available at the root level org'],
      });
    }
  });

  it('validates its parameters', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ month: 'March' }, /'month'.*\[YYYY-MM\].*'March'/],
      [{ month: '2024-11' }, /at most 15 months ago \(2024-12 or later\), got '2024-11'/],
      [{ month: '2026-02', include_connected_accounts: 'sometimes' }, /include_connected_accounts.*true or false/],
    ];
    for (const [params, message] of cases) {
      const res = await call(sim, BILLABLE, params);
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatch(message);
    }
    const iso = await call(sim, BILLABLE, { month: '2026-02-01T00:00:00.000Z' });
    expect(iso.status).toBe(200);
    expect(iso.json.usage[0].start_date).toBe('2026-02-01T00:00:00+00:00');
  });
});
