import type { IncomingHttpHeaders } from 'node:http';

/** The first value of header `name` (lower case), trimmed; undefined when absent or blank. */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}
