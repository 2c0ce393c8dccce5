/**
 * Freezes a tree of plain objects and arrays in place, at every depth, and returns it. Instances of
 * classes (Decimal, Date, Map, ...) are left as they are: they are kept as values, and the immutable
 * ones (Decimal) are immutable by their own contract. Meant for values shared between operations
 * (parsed upstream pages), so that code mutating one fails loudly instead of corrupting the others.
 */
export function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    if (Object.isFrozen(value)) return value;
    Object.freeze(value);
    for (const item of value as unknown[]) deepFreeze(item);
    return value;
  }
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
