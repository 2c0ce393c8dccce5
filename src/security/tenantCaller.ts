import type { Caller } from './caller.js';

/**
 * A tenant's grant as a token file entry or a JWT's claims state it, before it becomes a
 * {@link Caller}:
 * - `orgs`: `"*"` (every org the credentials reach), an object of provider name to org IDs
 *   (`{"datadog": ["abc123", "def456"]}`; Datadog public IDs, Fastly customer IDs), or an array of
 *   `provider:orgId` strings (`["datadog:abc123"]`); anything else, or nothing, grants no org;
 * - `providers`: the providers whose operator-configured credentials the tenant uses; when absent,
 *   those its `orgs` name (every provider for `"*"`);
 * - `trusted`: `true` only when exactly the boolean true.
 */
export interface TenantGrant {
  id: string;
  orgs: unknown;
  providers?: unknown;
  trusted?: unknown;
}

/** Why a grant cannot become a caller (the authenticator turns it into a 401 or a start-up error). */
export class TenantGrantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantGrantError';
  }
}

function stringList(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string' && v !== '')) {
    throw new TenantGrantError(`${what} must be an array of non-empty strings, but got: ${JSON.stringify(value)}`);
  }
  return value;
}

/** The org scope a grant's `orgs` states (null: every org). */
function orgScopeOf(orgs: unknown, tenant: string): Map<string, Set<string>> | null {
  if (orgs === '*') return null;
  const scope = new Map<string, Set<string>>();
  const add = (provider: string, org: string): void => {
    let set = scope.get(provider);
    if (set === undefined) scope.set(provider, (set = new Set()));
    set.add(org);
  };
  if (Array.isArray(orgs)) {
    for (const entry of stringList(orgs, `the orgs of tenant ${tenant}`)) {
      const colon = entry.indexOf(':');
      if (colon <= 0 || colon === entry.length - 1) {
        throw new TenantGrantError(
          `each org of tenant ${tenant} must be written provider:orgId (e.g. datadog:abc123), but got: ${JSON.stringify(entry)}`,
        );
      }
      add(entry.slice(0, colon).toLowerCase(), entry.slice(colon + 1));
    }
    return scope;
  }
  if (typeof orgs === 'object' && orgs !== null) {
    for (const [provider, ids] of Object.entries(orgs)) {
      for (const id of stringList(ids, `the ${provider} orgs of tenant ${tenant}`)) add(provider.toLowerCase(), id);
    }
    return scope;
  }
  throw new TenantGrantError(
    `the orgs of tenant ${tenant} must be "*", an object of provider to org IDs or an array of provider:orgId, but got: ${JSON.stringify(orgs)}`,
  );
}

/**
 * The caller a grant makes. `knownProviders` are the provider names the gateway serves: a grant that
 * names another is refused (a typo would otherwise silently grant nothing); with none given, any name
 * is taken.
 */
export function callerOfGrant(grant: TenantGrant, knownProviders: readonly string[]): Caller {
  const orgScope = orgScopeOf(grant.orgs, grant.id);
  const check = (provider: string): void => {
    if (knownProviders.length > 0 && !knownProviders.includes(provider)) {
      throw new TenantGrantError(
        `tenant ${grant.id} names provider ${JSON.stringify(provider)}, but the gateway serves only: ${knownProviders.join(', ')}`,
      );
    }
  };
  for (const provider of orgScope?.keys() ?? []) check(provider);
  let configuredCredentials: Set<string> | null;
  if (grant.providers === undefined || grant.providers === null) {
    configuredCredentials = orgScope === null ? null : new Set(orgScope.keys());
  } else {
    configuredCredentials = new Set(
      stringList(grant.providers, `the providers of tenant ${grant.id}`).map((p) => p.toLowerCase()),
    );
    for (const provider of configuredCredentials) check(provider);
  }
  return { id: grant.id, trusted: grant.trusted === true, orgScope, configuredCredentials };
}
