/**
 * The explorer's GraphQL client: urql against the gateway's own `/graphql` (same origin, so no CORS
 * and the page's CSP `connect-src 'self'` holds), and how its errors reach the page.
 */
import { Client, cacheExchange, fetchExchange, type CombinedError } from '@urql/core';

/** One client for the page. POST always: Apollo's CSRF prevention refuses a plain cross-site-able GET. */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});

/** An error the page shows: the gateway's error code, the provider when one is named, and the message. */
export interface TypedError {
  code: string;
  message: string;
  provider?: string;
}

/** The typed errors of a urql result: each GraphQL error with its `extensions.code`, or the network failure. */
export function errorsOf(error: CombinedError | undefined): TypedError[] {
  if (error === undefined) return [];
  if (error.networkError) return [{ code: 'NETWORK_ERROR', message: error.networkError.message }];
  return error.graphQLErrors.map((e) => {
    const { code, provider } = e.extensions as { code?: unknown; provider?: unknown };
    return {
      code: typeof code === 'string' ? code : 'GRAPHQL_ERROR',
      message: e.message,
      ...(typeof provider === 'string' ? { provider } : {}),
    };
  });
}

/** A provider a FOCUS read could not reach (`failures` of `focusSummary`), as a typed error. */
export function failureErrors(
  failures: ReadonlyArray<{ provider: string; code: string; message: string }>,
): TypedError[] {
  return failures.map((f) => ({ code: f.code, message: f.message, provider: f.provider }));
}
