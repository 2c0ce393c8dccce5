/**
 * "Download CSV" URLs: the gateway's streaming exports (`/export/<view>.csv`) take the GraphQL field's
 * arguments as query parameters (lists comma-separated), so each link asks for exactly the data its
 * chart was drawn from.
 */

type Param = string | readonly string[] | boolean | null | undefined;

/** `/export/<view>.csv` with the given arguments; null, undefined and empty lists are left out. */
export function exportUrl(view: string, args: Record<string, Param>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(name, value.join(','));
    } else search.set(name, String(value));
  }
  const query = search.toString();
  return `/export/${view}.csv${query === '' ? '' : `?${query}`}`;
}
