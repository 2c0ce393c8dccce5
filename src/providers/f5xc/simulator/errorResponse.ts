/** F5 Distributed Cloud's error body, as the simulator answers it. */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';

/** What each documented error status says first (the published spec's common errors). */
const SUMMARY: Readonly<Record<number, string>> = {
  400: 'Invalid request',
  401: 'Authentication required',
  403: 'Permission denied',
  404: 'Resource not found',
  405: 'Method not allowed',
  409: 'Resource already exists',
  413: 'Request too large',
  429: 'Rate limit exceeded',
  500: 'Server error',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/**
 * The error answer for `status`: the published spec types every error body as a JSON string, so the
 * body is one string, the status's summary and, after a colon, `message` (what was wrong).
 */
export function errorResponse(status: number, message: string): ApiResponse {
  const summary = SUMMARY[status] ?? 'Error';
  return jsonResponse(status, message === '' || message === summary ? summary : `${summary}: ${message}`);
}
