/** Datadog's two error body shapes, as the simulator answers them. */
import { STATUS_CODES } from 'node:http';
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';

/** Datadog's error shape: `{"errors":["<message>"]}`. */
export function errorResponse(status: number, message: string): ApiResponse {
  return jsonResponse(status, { errors: [message] });
}

/** The JSON:API error shape some newer v2 endpoints answer with (recorded). */
export function jsonApiErrorResponse(status: number, detail: string): ApiResponse {
  return jsonResponse(status, {
    errors: [
      {
        id: null,
        links: null,
        status: String(status),
        code: null,
        title: STATUS_CODES[status] ?? 'Error',
        detail,
        source: null,
        meta: null,
      },
    ],
  });
}
