import type { IncomingHttpHeaders } from 'node:http';
import type { ProviderRequest } from '../../gateway/provider.js';
import { headerValue } from '../../http/headerValue.js';
import { hashedScope } from '../../upstream/hashedScope.js';
import type { DatadogCredentials } from './datadogConfig.js';
import { createDatadogLoaders, type DatadogLoaders } from './datadogLoaders.js';
import { callerMayUseConfigured, orgScopeOf } from '../../security/orgScope.js';

/** Datadog's state for one GraphQL operation (`ctx.providers.datadog`). */
export interface DatadogRequestState {
  /**
   * Identifies the credentials without revealing them (a hash): binds cursors (and caches) to one
   * tenant, so one tenant's cursor is useless to another.
   */
  credentialScope: string;
  loaders: DatadogLoaders;
}

declare module '../../gateway/context.js' {
  interface ProviderStates {
    datadog: DatadogRequestState;
  }
}

/**
 * Credentials for one request: the request's own `DD-API-KEY` + `DD-APPLICATION-KEY` headers when it
 * sends them (a multi-tenant deployment), else the configured keys. A request that sends only one of
 * the two gets no credentials at all, with the reason: falling back to the configured keys would
 * show it another tenant's data.
 */
export function requestCredentials(
  headers: IncomingHttpHeaders,
  configured: DatadogCredentials | null,
): { credentials: DatadogCredentials | null; problem: string | null } {
  const apiKey = headerValue(headers, 'dd-api-key');
  const appKey = headerValue(headers, 'dd-application-key');
  if (apiKey !== null && appKey !== null) return { credentials: { apiKey, appKey }, problem: null };
  if (apiKey !== null || appKey !== null) {
    const missing = apiKey === null ? 'DD-API-KEY' : 'DD-APPLICATION-KEY';
    return {
      credentials: null,
      problem: `The request sends one Datadog key header without the other: ${missing} is missing; send both or neither`,
    };
  }
  return { credentials: configured, problem: null };
}

/**
 * Builds Datadog's state for one operation: the tenant's scope and fresh loaders. The configured keys
 * serve only callers allowed to use them; the org directory holds only the caller's orgs.
 */
export function createDatadogRequestState(
  request: ProviderRequest,
  baseUrl: string,
  configured: DatadogCredentials | null,
): DatadogRequestState {
  const { credentials, problem } = requestCredentials(
    request.headers,
    callerMayUseConfigured(request.caller, 'datadog') ? configured : null,
  );
  const credentialScope =
    credentials === null ? 'anonymous' : hashedScope(`${credentials.apiKey}\n${credentials.appKey}`);
  return {
    credentialScope,
    loaders: createDatadogLoaders(
      {
        http: request.http,
        baseUrl,
        credentials,
        credentialsProblem: problem,
        deadline: request.deadline,
        cache: request.cache,
      },
      request.now,
      request.batchHints,
      orgScopeOf(request.caller, 'datadog'),
      request.bulkReadAhead,
    ),
  };
}
