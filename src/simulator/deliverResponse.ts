/** Writing a simulator's answer to the wire, as it is or as an injected fault spoils it. */
import type { ServerResponse } from 'node:http';
import type { ApiResponse } from './apiResponse.js';
import type { ServedFault } from './faultInjector.js';

/** The headers of `response` (JSON by default, its body's length); later headers win, whatever the case of their names. */
function headersOf(response: ApiResponse): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  const all: Record<string, string> = {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(response.body)),
    ...response.headers,
  };
  for (const [name, value] of Object.entries(all)) merged.set(name.toLowerCase(), [name, value]);
  return Object.fromEntries(merged.values());
}

/** Writes `response` with its headers. */
export function sendResponse(res: ServerResponse, response: ApiResponse): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(response.status, headersOf(response));
  res.end(response.body);
}

/**
 * Delivers an answer as its fault says: late, never, cut, garbled, or by dropping the connection.
 * `sleep` is the server's own (so that stopping it cancels the wait).
 */
export async function deliverResponse(
  res: ServerResponse,
  response: ApiResponse,
  fault: ServedFault | undefined,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  switch (fault?.kind) {
    case undefined:
    case 'status':
    case 'rateLimit':
      sendResponse(res, response);
      return;
    case 'slow':
      await sleep(fault.delayMs ?? 0);
      sendResponse(res, response);
      return;
    case 'timeout':
      // Never answer: the client gives up; stopping the server closes the socket.
      if (fault.delayMs === null) return;
      await sleep(fault.delayMs);
      sendResponse(res, response);
      return;
    case 'reset':
      res.socket?.destroy();
      return;
    case 'malformed':
      sendResponse(res, {
        ...response,
        body: `${response.body.slice(0, Math.floor(response.body.length / 2))}<!-- 502 -->`,
      });
      return;
    case 'truncated': {
      const cut = response.body.slice(0, Math.floor(response.body.length / 2));
      if (fault.contentLength === 'correct') {
        sendResponse(res, { ...response, body: cut });
        return;
      }
      // Announce the whole body (with every header the answer carries), send half, drop the connection.
      if (res.destroyed) return;
      res.writeHead(response.status, headersOf(response));
      res.write(cut, () => res.socket?.destroy());
      return;
    }
  }
}
