import type { GatewayContext } from '../gateway/context.js';
import { MeterqlError } from '../errors.js';
import type { FocusFilter } from './focusArgs.js';
import type { FocusPage, FocusQuery, FocusSource } from './focusSource.js';
import type { FocusRow } from './focusRow.js';
import type { Caller } from '../security/caller.js';
import { orgScopeOf } from '../security/orgScope.js';

/** A provider the FOCUS view reads, with its mapping (null: the provider offers no FOCUS rows). */
export interface FocusProvider {
  /** The provider's name (`Provider.name`), what a caller's org scope is keyed by. */
  name: string;
  /** `ProviderName` value, e.g. `DATADOG`. */
  enumValue: string;
  displayName: string;
  source: FocusSource | null;
}

/** A provider whose rows are missing from the view, and why (`FocusProviderFailure`). */
export interface FocusFailure {
  /** `ProviderName` value. */
  provider: string;
  /** The error's code, e.g. `UPSTREAM_UNAVAILABLE`, `UNAUTHENTICATED`. */
  code: string;
  message: string;
}

/**
 * The providers a read covers, in registry order: those `filter.providers` names, else every
 * provider that offers FOCUS rows and is reached (real or simulated; an unconfigured one is read only
 * when named, as a request may bring its own credentials).
 */
export function focusProviders(ctx: Pick<GatewayContext, 'connected'>, filter: FocusFilter): FocusProvider[] {
  const named = filter.providers;
  return ctx.connected
    .filter(({ provider, connection }) =>
      named === null
        ? provider.focus !== undefined && connection.mode !== 'unconfigured'
        : named.includes(provider.enumValue),
    )
    .map(({ provider }) => ({
      name: provider.name,
      enumValue: provider.enumValue,
      displayName: provider.displayName,
      source: provider.focus ?? null,
    }));
}

/**
 * The rows of `provider`'s page that `caller` may see: all of them for a caller of every org; else
 * those of an org in its scope (the row's sub account, or its billing account when it has none, as
 * the provider's org ID: Datadog's public ID, Fastly's customer ID, F5's namespace or tenant).
 */
function visibleFocusRows(caller: Caller, provider: FocusProvider, rows: readonly FocusRow[]): readonly FocusRow[] {
  const scope = orgScopeOf(caller, provider.name);
  return scope === null ? rows : rows.filter((row) => scope.has(row.subAccountId ?? row.billingAccountId));
}

/**
 * Reads one page of `provider`'s rows with `ctx`, keeping those `ctx.caller` may see. A provider
 * without a mapping, or a read that fails, records its failure in `failures` (the failure is logged)
 * and gives null: the provider's rows end there, the other providers' stay intact.
 */
export async function readFocusPage(
  ctx: GatewayContext,
  provider: FocusProvider,
  query: FocusQuery,
  cursor: string | null,
  failures: FocusFailures,
): Promise<FocusPage | null> {
  if (provider.source === null) {
    failures.add(noFocusSource(provider));
    return null;
  }
  try {
    const page = await provider.source.page(ctx, query, cursor);
    return { rows: visibleFocusRows(ctx.caller, provider, page.rows), next: page.next };
  } catch (error) {
    ctx.logger.warn({ err: error, provider: provider.enumValue }, 'FOCUS rows of a provider are missing');
    failures.add(focusFailure(provider, error));
    return null;
  }
}

/** The failure of `provider`'s read, naming it. */
function focusFailure(provider: FocusProvider, error: unknown): FocusFailure {
  const code = error instanceof MeterqlError ? error.code : 'INTERNAL_SERVER_ERROR';
  const detail = error instanceof MeterqlError ? error.message : 'unexpected error';
  return { provider: provider.enumValue, code, message: `${provider.displayName} FOCUS rows are missing: ${detail}` };
}

/** The failure of a named provider that has no FOCUS mapping. */
function noFocusSource(provider: FocusProvider): FocusFailure {
  return {
    provider: provider.enumValue,
    code: 'BAD_USER_INPUT',
    message: `${provider.displayName} offers no FOCUS rows; its charges are not in the view`,
  };
}

/** Collects failures, one per provider (the first). */
export class FocusFailures {
  private readonly byProvider = new Map<string, FocusFailure>();

  add(failure: FocusFailure): void {
    if (!this.byProvider.has(failure.provider)) this.byProvider.set(failure.provider, failure);
  }

  list(): FocusFailure[] {
    return [...this.byProvider.values()];
  }
}
