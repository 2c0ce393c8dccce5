import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, call, walkHourly } from './simHttp.js';

const FLOWS = '/api/v1/usage/network_flows';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

type Hour = { hour: string; org_name: string; public_id: string; indexed_events_count: number | null };

describe('GET /api/v1/usage/network_flows', () => {
  it('answers the recorded shape: the calling org, one row per hour of [start_hr, end_hr)', async () => {
    // The recorded request: minutes in both bounds, a 48-hour window.
    const res = await call(sim, FLOWS, { start_hr: '2026-03-01T15:43:40.429Z', end_hr: '2026-03-03T15:43:40.429Z' });
    expect(res.status).toBe(200);
    const rows = res.json.usage as Hour[];
    expect(rows).toHaveLength(48);
    expect(rows[0]!.hour).toBe('2026-03-01T15:00:00+00:00');
    expect(rows.at(-1)!.hour).toBe('2026-03-03T14:00:00+00:00');
    expect(Object.keys(rows[0]!).sort()).toEqual(['hour', 'indexed_events_count', 'org_name', 'public_id']);
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/network_flows_ok.json', import.meta.url), 'utf8'),
    ) as { usage: Hour[] };
    expect(Object.keys(recorded.usage[0]!).sort()).toEqual(Object.keys(rows[0]!).sort());
    for (const row of rows) {
      expect(row.public_id).toBe(sim.world.parent.publicId);
      expect(row.org_name).toBe('Acme Corp');
      expect(row.indexed_events_count).toBe(
        sim.world.value(sim.world.parent.publicId, 'network_flows', 'indexed_events_count', new Date(row.hour)) ?? null,
      );
    }
  });

  it('equals GetHourlyUsage network_flows indexed_events_count, hour by hour, for a child org too', async () => {
    const child = sim.world.orgs[2]!;
    const window = { start: '2026-02-20T00', end: '2026-02-23T00' };
    const flows = await call(sim, FLOWS, { start_hr: window.start, end_hr: window.end }, child);
    expect(flows.status).toBe(200);
    const { records } = await walkHourly(
      sim,
      {
        'filter[timestamp][start]': window.start,
        'filter[timestamp][end]': window.end,
        'filter[product_families]': 'network_flows',
      },
      child,
    );
    expect(
      (flows.json.usage as Hour[]).map((h) => [h.public_id, new Date(h.hour).toISOString(), h.indexed_events_count]),
    ).toEqual(
      records.map((r) => [
        r.attributes.public_id,
        new Date(r.attributes.timestamp).toISOString(),
        r.attributes.measurements[0].value,
      ]),
    );
    expect(records).toHaveLength(72);
  });

  it('defaults end_hr to 24 hours after start_hr and omits hours not reported yet', async () => {
    const day = await call(sim, FLOWS, { start_hr: '2026-03-01T00' });
    expect(day.json.usage).toHaveLength(24);
    const recent = await call(sim, FLOWS, { start_hr: '2026-03-10T00', end_hr: '2026-03-11T00' });
    expect(recent.json.usage).toHaveLength(12);
  });

  it('answers the recorded 400 for end before start, and validates hours and the window', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { start_hr: '2026-03-03T15:43:40.233Z', end_hr: '2026-03-01T15:43:40.233Z' },
        /^start_hr \[YYYY-MM-DDThh\] must be before end_hr \[YYYY-MM-DDThh\]$/,
      ],
      [{}, /The parameter 'start_hr' is required/],
      [{ start_hr: 'noon' }, /'start_hr'.*\[YYYY-MM-DDThh\].*'noon'/],
      [{ start_hr: '2026-01-01T00', end_hr: '2026-03-02T00' }, /limited to 2 months/],
    ];
    for (const [params, message] of cases) {
      const res = await call(sim, FLOWS, params);
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatch(message);
    }
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/network_flows_bad_request.json', import.meta.url), 'utf8'),
    ) as unknown;
    const bad = await call(sim, FLOWS, { start_hr: '2026-03-03T15', end_hr: '2026-03-01T15' });
    expect(bad.json).toEqual(recorded);
  });
});
