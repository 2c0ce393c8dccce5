import type { FieldNode } from 'graphql';
import type { GatewayContext } from '../../gateway/context.js';

/** Starts the upstream reads of one planned field (its parsed arguments given), ignoring the outcome. */
type Prefetch = (ctx: GatewayContext, parsed: never) => Promise<unknown>;

/** The fields' parsed arguments marked at plan time, with how to start their reads. */
const PLANNED = new WeakMap<object, Prefetch>();

/**
 * Marks `parsed`, what a `FastlyOrg` field spec's `parseArgs` made of its arguments, as readable
 * before its org is known: {@link prefetchPlanned} then starts `prefetch` where the customer is
 * asked for. Returns `parsed`.
 */
export function planned<P extends object>(
  parsed: P,
  prefetch: (ctx: GatewayContext, parsed: P) => Promise<unknown>,
): P {
  PLANNED.set(parsed, prefetch);
  return parsed;
}

/** The operations whose planned fields were already started. */
const STARTED = new WeakSet<GatewayContext>();

/**
 * Starts, beside the customer request, the reads of every `FastlyOrg` field the operation selects
 * (their arguments were parsed at plan time): a Fastly token has exactly one customer, and none of
 * those reads needs its ID, so `fastlyCustomer { products(…) }` costs one round trip, not two. The
 * fields' resolvers then find their pages in the operation's loaders. A field under `@skip` or
 * `@include` is left alone (it may not run). At most once per operation; failures are left to the
 * fields that run (loaders never keep a failure, so a field asks again). An operation with `@skip`
 * or `@include` on any planned field (e.g. on `fastlyCustomer`) is left alone: some of its fields may
 * not run. (A directive on an inline fragment is not seen; its fields are read ahead all the same.)
 */
export function prefetchPlanned(ctx: GatewayContext): void {
  if (STARTED.has(ctx)) return;
  STARTED.add(ctx);
  const fields = ctx.parsedArgs as ReadonlyMap<FieldNode, ReadonlyMap<object, unknown>>;
  for (const node of fields.keys()) if ((node.directives?.length ?? 0) > 0) return;
  for (const bySpec of fields.values()) {
    for (const parsed of bySpec.values()) {
      const prefetch = typeof parsed === 'object' && parsed !== null ? PLANNED.get(parsed) : undefined;
      if (prefetch !== undefined) prefetch(ctx, parsed as never).catch(() => undefined);
    }
  }
}
