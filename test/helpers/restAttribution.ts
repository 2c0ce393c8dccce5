import type { Stack } from './stack.js';

/**
 * Walks a v1 attribution endpoint (hourly or monthly) directly, following
 * `metadata.pagination.next_record_id` to the end as the vendor's docs describe: the ground truth the
 * connections are compared with. Returns every record and the last page's metadata.
 */
export async function restAttribution(
  stack: Stack,
  path: string,
  query: Record<string, string>,
): Promise<{ records: Array<Record<string, unknown>>; metadata: Record<string, unknown>; pages: number }> {
  const records: Array<Record<string, unknown>> = [];
  let next: string | null = null;
  let metadata: Record<string, unknown> = {};
  let pages = 0;
  do {
    const res = await stack.rest(path, next ? { ...query, next_record_id: next } : query);
    if (res.status !== 200) throw new Error(`REST walk failed: ${res.status} ${JSON.stringify(res.body)}`);
    pages++;
    records.push(...(res.body.usage as Array<Record<string, unknown>>));
    metadata = res.body.metadata as Record<string, unknown>;
    next = (metadata.pagination as { next_record_id: string | null }).next_record_id;
  } while (next);
  return { records, metadata, pages };
}

/** The tags of a REST record as the schema lists them: keys sorted, null for totals. */
export function restTags(tags: unknown): Array<{ key: string; values: string[] }> | null {
  if (tags === null) return null;
  return Object.entries(tags as Record<string, string[]>)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, values]) => ({ key, values }));
}
