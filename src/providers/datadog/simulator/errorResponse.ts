/** Datadog's two error body shapes, as the simulator answers them. */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';

/** Datadog's error shape: `{"errors":["<message>"]}`. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): ApiResponse {
  return jsonResponse(status, { errors: [message] }, headers);
}

/** The JSON:API error shape some newer v2 endpoints answer with (recorded). */
export function jsonApiErrorResponse(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): ApiResponse {
  return jsonResponse(
    status,
    {
      errors: [
        {
          id: null,
          links: null,
          status: String(status),
          code: null,
          title: status === 400 ? 'Bad Request' : 'Error',
          detail,
          source: null,
          meta: null,
        },
      ],
    },
    headers,
  );
}
