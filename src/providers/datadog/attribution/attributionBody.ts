import { isRecord, malformedBody } from '../datadogApi.js';
import { numberOrNull } from '../../../json/jsonNumber.js';

/**
 * Shape checks shared by the attribution endpoints' client modules. Each throws `malformedBody` naming
 * the endpoint and the field, so an undocumented body never reaches a resolver.
 */

/** A double the upstream wrote (an integer beyond 2^53 arrives as bigint from the lossless parser). */
export function doubleOrNull(endpoint: string, value: unknown, where: string): number | null {
  if (value === null || value === undefined) return null;
  const n = numberOrNull(value);
  if (n === null) throw malformedBody(endpoint, `${where} is not a number`);
  return n;
}

/** `tags`: a map of tag key to a list of values, or null (totals: no breakdown). */
export function tagsOrNull(endpoint: string, value: unknown, where: string): Record<string, string[]> | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw malformedBody(endpoint, `${where} is not a map of tag lists`);
  const tags: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(value)) {
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
      throw malformedBody(endpoint, `${where}.${key} is not a list of strings`);
    }
    tags[key] = values;
  }
  return tags;
}

/** An optional string field; anything else than a string or absent/null is malformed. */
export function stringOrNull(endpoint: string, value: unknown, where: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw malformedBody(endpoint, `${where} is not a string`);
  return value;
}

/** `metadata.pagination.next_record_id`: a non-empty string, else null (last page). */
export function nextRecordIdOf(metadata: unknown): string | null {
  if (!isRecord(metadata) || !isRecord(metadata.pagination)) return null;
  const next = metadata.pagination.next_record_id;
  return typeof next === 'string' && next !== '' ? next : null;
}
