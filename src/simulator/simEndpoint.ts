import type { ApiResponse } from './apiResponse.js';
import type { HandlerContext } from './handlerContext.js';

/** One simulated upstream endpoint: its operationId, its rate-limit bucket name, and its handler. */
export interface SimEndpoint {
  operationId: string;
  /** `X-RateLimit-Name` of its budget. */
  rateLimitName: string;
  /** Answers an authenticated, admitted request; throws BadRequestError for a 400. */
  handle(ctx: HandlerContext): ApiResponse;
}
