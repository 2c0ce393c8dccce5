import type { ProviderRequest } from '../../gateway/provider.js';
import { hashedScope } from '../../upstream/hashedScope.js';
import { headerValue } from '../../http/headerValue.js';
import { createFastlyLoaders, type FastlyLoaders } from './fastlyLoaders.js';
import { callerMayUseConfigured } from '../../security/orgScope.js';

/** Fastly's state for one GraphQL operation (`ctx.providers.fastly`). */
export interface FastlyRequestState {
  /**
   * Identifies the token without revealing it (a hash): binds cursors (and caches) to one tenant,
   * so one tenant's cursor is useless to another.
   */
  credentialScope: string;
  loaders: FastlyLoaders;
}

declare module '../../gateway/context.js' {
  interface ProviderStates {
    fastly: FastlyRequestState;
  }
}

/**
 * Builds Fastly's state for one operation: the request's own `Fastly-Key` when it sends one, else the
 * configured token (for a caller allowed to use it).
 */
export function createFastlyRequestState(
  request: ProviderRequest,
  baseUrl: string,
  configured: string | null,
): FastlyRequestState {
  const token =
    headerValue(request.headers, 'fastly-key') ??
    (callerMayUseConfigured(request.caller, 'fastly') ? configured : null);
  const credentialScope = token === null ? 'anonymous' : hashedScope(`fastly\n${token}`);
  return {
    credentialScope,
    loaders: createFastlyLoaders({
      http: request.http,
      baseUrl,
      token,
      deadline: request.deadline,
      cache: request.cache,
    }),
  };
}
