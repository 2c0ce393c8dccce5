/**
 * graphql-js's internal `inspect` (graphql/jsutils/inspect, not exported by the package), so the
 * compiled executor's rare error messages print values exactly as graphql-js's would.
 */

const MAX_ARRAY_LENGTH = 10;
const MAX_RECURSIVE_DEPTH = 2;

/** Prints a value for an error message, as graphql-js does. */
export function inspect(value: unknown): string {
  return formatValue(value, []);
}

function formatValue(value: unknown, seen: readonly unknown[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'function':
      return value.name ? `[function ${value.name}]` : '[function]';
    case 'object':
      return formatObjectValue(value, seen);
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'symbol':
    case 'undefined':
      return String(value);
  }
}

function formatObjectValue(value: object | null, previouslySeen: readonly unknown[]): string {
  if (value === null) return 'null';
  if (previouslySeen.includes(value)) return '[Circular]';
  const seen = [...previouslySeen, value];
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const json: unknown = toJSON.call(value);
    if (json !== value) return typeof json === 'string' ? json : formatValue(json, seen);
  } else if (Array.isArray(value)) {
    return formatArray(value, seen);
  }
  return formatObject(value, seen);
}

function formatObject(object: object, seen: readonly unknown[]): string {
  const entries = Object.entries(object);
  if (entries.length === 0) return '{}';
  if (seen.length > MAX_RECURSIVE_DEPTH) return `[${objectTag(object)}]`;
  return `{ ${entries.map(([key, value]) => `${key}: ${formatValue(value, seen)}`).join(', ')} }`;
}

function formatArray(array: readonly unknown[], seen: readonly unknown[]): string {
  if (array.length === 0) return '[]';
  if (seen.length > MAX_RECURSIVE_DEPTH) return '[Array]';
  const len = Math.min(MAX_ARRAY_LENGTH, array.length);
  const remaining = array.length - len;
  const items: string[] = [];
  for (let i = 0; i < len; ++i) items.push(formatValue(array[i], seen));
  if (remaining === 1) items.push('... 1 more item');
  else if (remaining > 1) items.push(`... ${remaining} more items`);
  return `[${items.join(', ')}]`;
}

function objectTag(object: object): string {
  const tag = Object.prototype.toString
    .call(object)
    .replace(/^\[object /, '')
    .replace(/]$/, '');
  if (tag === 'Object' && typeof object.constructor === 'function') {
    const name = object.constructor.name;
    if (typeof name === 'string' && name !== '') return name;
  }
  return tag;
}
