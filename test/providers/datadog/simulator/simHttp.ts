/** Test helpers: a fixed data clock and small HTTP wrappers around a running simulator. */
import type { SimOrg, Simulator } from '../../../../src/providers/datadog/simulator/index.js';

/** The data clock most simulator tests use (a Tuesday). */
export const NOW = new Date('2026-03-10T12:00:00Z');

export const HOURLY = '/api/v2/usage/hourly_usage';
export const SUMMARY = '/api/v1/usage/summary';

/** The two auth headers for `org`. */
export function keysOf(org: SimOrg): Record<string, string> {
  return { 'DD-API-KEY': org.apiKey, 'DD-APPLICATION-KEY': org.appKey };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** GET `path` with `params`; authenticates as `org` unless it is null. */
export async function call(
  sim: Simulator,
  path: string,
  params: Record<string, string> = {},
  org: SimOrg | null = sim.world.parent,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const qs = new URLSearchParams(params).toString();
  const res = await fetch(`${sim.url}${path}${qs ? `?${qs}` : ''}`, {
    headers: { ...(org ? keysOf(org) : {}), ...headers },
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Follows `meta.pagination.next_record_id` to the end; returns every record and each page's size. */
export async function walkHourly(
  sim: Simulator,
  params: Record<string, string>,
  org: SimOrg = sim.world.parent,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ records: any[]; pageSizes: number[]; pages: Answer[] }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const records: any[] = [];
  const pageSizes: number[] = [];
  const pages: Answer[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await call(sim, HOURLY, cursor ? { ...params, 'page[next_record_id]': cursor } : params, org);
    if (page.status !== 200) throw new Error(`page ${guard} answered ${page.status}: ${page.text}`);
    pages.push(page);
    records.push(...page.json.data);
    pageSizes.push(page.json.data.length);
    cursor = page.json.meta?.pagination?.next_record_id;
    if (!cursor) return { records, pageSizes, pages };
  }
  throw new Error('too many pages');
}

/** JSON.parse that turns integers of 16+ digits into bigint (summary sums can exceed 2^53). */
export function parseWithBigInts(text: string): unknown {
  const marked = text.replace(/([:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '$1"__bigint__$2"');
  return JSON.parse(marked, (_k, v: unknown) =>
    typeof v === 'string' && v.startsWith('__bigint__') ? BigInt(v.slice(10)) : v,
  );
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
