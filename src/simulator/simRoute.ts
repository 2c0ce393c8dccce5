/** The routes a provider hands the simulator kernel, and what their handlers receive. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiResponse } from './apiResponse.js';

/** One authenticated, admitted request, as a route's handler (and the provider's pre-check) sees it. */
export interface SimRequest<P> {
  /** Whoever the credentials belong to (the provider's principal, e.g. an org). */
  principal: P;
  query: URLSearchParams;
  /** The path parameters, by name, percent-decoded (`{namespace}` -> `params.namespace`). */
  params: Readonly<Record<string, string>>;
  /** The parsed JSON body (integers beyond 2^53 as `bigint`); undefined when none was sent or it is not JSON. */
  body: unknown;
  /** The request headers (names in lower case). */
  headers: IncomingHttpHeaders;
}

/**
 * One simulated endpoint. The kernel answers a request with the first route whose method and path
 * match; a path matched only by routes of other methods answers 405.
 */
export interface SimRoute<P> {
  /** The HTTP method, upper case (`GET`, `POST`). Routes of other methods than GET and HEAD read a body. */
  method: string;
  /**
   * The path, e.g. `/api/v2/usage/hourly_usage`; a whole segment `{name}` matches any one non-empty
   * segment and hands it to the handler as `params.name`
   * (`/api/web/namespaces/{namespace}/usage_details`).
   */
  path: string;
  /** The endpoint's operation id: what faults match and the request log records. */
  operationId: string;
  /** The name of its rate-limit budget (sent when the provider names a header for it). */
  rateLimitName: string;
  /** Answers the request; throws {@link BadRequestError} for a 400 in the provider's error shape. */
  handle(request: SimRequest<P>): ApiResponse;
}
