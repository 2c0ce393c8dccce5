/**
 * Usage-attribution tags as the schema shows them. The upstream sends `tags` as a map of tag key to
 * values, or `null` when no breakdown applies (totals). The schema keeps that distinction: `tags`
 * is null for totals, and a key whose list is empty means "not tagged with it".
 */

/** `TagValues` in the schema. */
export interface TagValuesModel {
  key: string;
  values: string[];
}

/**
 * The upstream tag map as a list in key order; `null` stays `null`. Values that are not lists of
 * strings (an upstream novelty) are kept as far as they are strings, never dropped silently as
 * a whole row.
 */
export function tagValuesOf(tags: unknown): TagValuesModel[] | null {
  if (tags === null || tags === undefined || typeof tags !== 'object' || Array.isArray(tags)) return null;
  return Object.entries(tags as Record<string, unknown>)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, values]) => ({
      key,
      values: Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [],
    }));
}
