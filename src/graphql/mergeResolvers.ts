import type { Resolvers } from '../generated/graphql.js';

/**
 * Merges resolver maps of several domains: type by type, field by field. A field defined twice is a
 * programming error and throws at startup rather than silently losing one resolver.
 */
export function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part as Record<string, unknown>)) {
      if (typeof fields !== 'object' || fields === null || fields.constructor !== Object) {
        if (typeName in merged) throw new Error(`Resolver for ${typeName} is defined twice`);
        merged[typeName] = fields as Record<string, unknown>;
        continue;
      }
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}
