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
 * The upstream tag map (checked by the client module) as a list in key order; `null` stays `null`.
 */
export function tagValuesOf(tags: Readonly<Record<string, readonly string[]>> | null): TagValuesModel[] | null {
  if (tags === null) return null;
  return Object.entries(tags)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, values]) => ({ key, values: [...values] }));
}

/** The upstream tag map with its keys in order, as exports write it (`{"team":["a"]}`); `null` stays `null`. */
export function sortedTags(
  tags: Readonly<Record<string, readonly string[]>> | null,
): Record<string, readonly string[]> | null {
  if (tags === null) return null;
  return Object.fromEntries(Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
