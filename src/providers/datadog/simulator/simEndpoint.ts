import type { ApiResponse } from '../../../simulator/apiResponse.js';
import type { HandlerContext } from './handlerContext.js';

/** One simulated upstream endpoint: its operationId, its rate-limit bucket name, and its handler. */
export interface SimEndpoint {
  operationId: string;
  /** `X-RateLimit-Name` of its budget. */
  rateLimitName: string;
  /** Only parent-org keys may call it: others get the recorded 400, before any parameter is read. */
  parentOnly?: boolean;
  /** `jsonapi`: its 400s are JSON:API error objects (as recorded for newer v2 endpoints); default `{"errors":[msg]}`. */
  errorStyle?: 'jsonapi';
  /** Answers an authenticated, admitted request; throws BadRequestError for a 400. */
  handle(ctx: HandlerContext): ApiResponse;
}
