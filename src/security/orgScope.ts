import { ErrorCode, MeterqlError } from '../errors.js';
import type { AnyFieldSpec, FieldSpecTable } from '../graphql/fieldSpec.js';
import type { Caller } from './caller.js';

/**
 * The org IDs of `provider` that `caller` may see; null: every org its credentials reach. A scoped
 * caller whose scope does not name the provider sees none of its orgs (an empty set).
 */
export function orgScopeOf(caller: Caller, provider: string): ReadonlySet<string> | null {
  if (caller.orgScope === null) return null;
  return caller.orgScope.get(provider) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Whether `caller` may see the org `orgId` of `provider`. */
export function maySeeOrg(caller: Caller, provider: string, orgId: string): boolean {
  const scope = orgScopeOf(caller, provider);
  return scope === null || scope.has(orgId);
}

/** Whether `caller`'s operations use the credentials the operator configured for `provider`. */
export function callerMayUseConfigured(caller: Caller, provider: string): boolean {
  const allowed = caller.configuredCredentials;
  return allowed === null || allowed === undefined || allowed.has(provider);
}

/** Refused because the caller's org scope does not cover what the field reads. */
export class OutOfScopeError extends MeterqlError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
    this.name = 'OutOfScopeError';
  }
}

/**
 * Throws FORBIDDEN when `caller` is scoped to a list of `provider`'s orgs: `subject` (a field or an
 * export) reads every org of the account at once, which such a caller reads through its orgs instead.
 */
export function refuseWholeAccountRead(caller: Caller, provider: string, subject: string): void {
  if (orgScopeOf(caller, provider) !== null) {
    throw new OutOfScopeError(
      `${subject} reads every org of the account, but this caller may see only some of them: read them through its orgs (orgs, org, node) instead`,
    );
  }
}

/**
 * `specs` with every field at `coordinates` refused for a caller scoped to a list of `provider`'s
 * orgs: fields that read the whole account at once (figures summed over orgs, or records of every
 * org), which such a caller reads through its orgs instead (`orgs { ... }`, `node(id:)`). The refusal
 * happens where arguments are parsed, so at plan time, before any upstream call; the operation
 * fails with FORBIDDEN naming the field.
 */
export function wholeAccountFields(
  specs: FieldSpecTable,
  provider: string,
  coordinates: ReadonlySet<string>,
): FieldSpecTable {
  const unknown = [...coordinates].filter((c) => !specs.some((s) => s.coordinate === c));
  if (unknown.length > 0) throw new Error(`wholeAccountFields: no spec for ${unknown.join(', ')}`);
  return specs.map((spec): AnyFieldSpec => {
    if (!coordinates.has(spec.coordinate)) return spec;
    const refuse = (caller: Caller): void => refuseWholeAccountRead(caller, provider, spec.coordinate);
    return {
      ...spec,
      parseArgs: (args: unknown, ctx): unknown => {
        refuse(ctx.caller);
        return spec.parseArgs(args, ctx) as unknown;
      },
      resolve: (parent: unknown, args: unknown, ctx, info) => {
        refuse(ctx.caller);
        return spec.resolve(parent, args, ctx, info);
      },
    };
  });
}
