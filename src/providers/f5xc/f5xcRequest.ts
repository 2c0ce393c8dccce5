import type { ProviderRequest } from '../../gateway/provider.js';
import { hashedScope } from '../../upstream/hashedScope.js';
import type { F5xcCredentials } from './f5xcConfig.js';
import { createF5xcLoaders, type F5xcLoaders } from './f5xcLoaders.js';
import { callerMayUseConfigured } from '../../security/orgScope.js';

/** F5's state for one GraphQL operation (`ctx.providers.f5xc`). */
export interface F5xcRequestState {
  /** Identifies the token without revealing it (a hash): binds cursors to one tenant's credentials. */
  credentialScope: string;
  /** The tenant's name; null when F5 is not configured (every field then fails UNAUTHENTICATED). */
  tenant: string | null;
  loaders: F5xcLoaders;
}

declare module '../../gateway/context.js' {
  interface ProviderStates {
    f5xc: F5xcRequestState;
  }
}

/**
 * Builds F5's state for one operation, with the configured token (or the embedded simulator's), for
 * a caller allowed to use it (see callerMayUseConfigured); for any other, F5 is not configured.
 */
export function createF5xcRequestState(
  request: ProviderRequest,
  baseUrl: string,
  credentials: F5xcCredentials | null,
): F5xcRequestState {
  const usable = callerMayUseConfigured(request.caller, 'f5xc') ? credentials : null;
  const token = usable?.token ?? null;
  const credentialScope = token === null ? 'anonymous' : hashedScope(`f5xc\n${token}`);
  return {
    credentialScope,
    tenant: usable?.tenant ?? null,
    loaders: createF5xcLoaders({
      http: request.http,
      baseUrl,
      token,
      deadline: request.deadline,
      cache: request.cache,
    }),
  };
}
