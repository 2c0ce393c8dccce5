/** RFC 3339 in UTC to the second (`2026-12-01T00:00:00Z`), as meterql writes F5 request bodies. */
export function isoSeconds(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
