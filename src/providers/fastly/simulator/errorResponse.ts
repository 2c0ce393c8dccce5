/** Fastly's error body, as the simulator answers it. */
import { STATUS_CODES } from 'node:http';
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';

/**
 * Fastly's error shape (the client's `Error` model: four strings): `type` and `code` name the class
 * of error in snake case (`bad_request`, `unauthorized`, `not_found`, `too_many_requests`...),
 * `title` says what went wrong (for a 400: what was expected and what came), `status` is the HTTP
 * status as a string.
 */
export function errorResponse(status: number, message: string): ApiResponse {
  const code = (STATUS_CODES[status] ?? 'Error').toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return jsonResponse(status, { type: code, title: message, code, status: String(status) });
}
