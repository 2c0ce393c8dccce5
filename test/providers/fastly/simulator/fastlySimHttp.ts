/** Test helpers: a fixed data clock, exact decimals, and small HTTP wrappers around a running Fastly simulator. */
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import type { SimCustomer, Simulator } from '../../../../src/providers/fastly/simulator/index.js';

/** The data clock most Fastly simulator tests use: the February invoice is posted, March is running. */
export const NOW = new Date('2026-03-10T12:00:00Z');

export const USAGE_METRICS = '/billing/v3/usage-metrics';
export const SERVICE_USAGE = '/billing/v3/service-usage-metrics';
export const INVOICES = '/billing/v3/invoices';
export const MONTH_TO_DATE = '/billing/v3/invoices/month-to-date';
export const CURRENT_CUSTOMER = '/current_customer';

/** The tests' own exact decimals (independent of the simulator's bigint arithmetic): nothing rounds. */
const Exact = Decimal.clone({ precision: 1000 });

/** The exact decimal a JSON number was written as (its shortest representation). */
export function exact(value: number | string): Decimal {
  return new Exact(String(value));
}

/** The exact sum of JSON numbers, as plain decimal text. */
export function exactSum(values: readonly (number | string)[]): string {
  return values.reduce<Decimal>((acc, v) => acc.plus(exact(v)), new Exact(0)).toFixed();
}

/** A JSON body as the tests read it: loosely typed, asserted field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

/** GET `path` with `params`, as `customer` (the primary by default; null: no `Fastly-Key`). */
export async function call(
  sim: Simulator,
  path: string,
  params: Record<string, string> = {},
  customer: SimCustomer | null = sim.world.customers[0]!,
  init: RequestInit = {},
): Promise<Answer> {
  const qs = new URLSearchParams(params).toString();
  const res = await fetch(`${sim.url}${path}${qs ? `?${qs}` : ''}`, {
    ...init,
    headers: { ...(customer ? { 'Fastly-Key': customer.token } : {}), ...(init.headers as Record<string, string>) },
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * Follows `next_cursor` to the end (`meta` read by `metaOf`, records by `recordsOf`); throws on a
 * non-200 page. Returns every record and every page.
 */
export async function walk(
  sim: Simulator,
  path: string,
  params: Record<string, string>,
  recordsOf: (body: Json) => Json[],
  metaOf: (body: Json) => Json,
  customer: SimCustomer = sim.world.customers[0]!,
): Promise<{ records: Json[]; pages: Answer[] }> {
  const records: Json[] = [];
  const pages: Answer[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await call(sim, path, cursor ? { ...params, cursor } : params, customer);
    if (page.status !== 200) throw new Error(`page ${guard} answered ${page.status}: ${page.text}`);
    pages.push(page);
    records.push(...recordsOf(page.json));
    cursor = metaOf(page.json).next_cursor;
    if (cursor === undefined) return { records, pages };
  }
  throw new Error('too many pages');
}

/** Fastly's error body (`{type, title, code, status}`, four strings) for `status`, with any title. */
export function fastlyError(status: number): Record<string, unknown> {
  return { type: expect.any(String), title: expect.any(String), code: expect.any(String), status: String(status) };
}
