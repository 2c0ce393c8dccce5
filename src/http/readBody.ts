import type { IncomingMessage } from 'node:http';

/** A request body read up to a bound. */
export type BodyRead = { tooLarge: false; bytes: Buffer } | { tooLarge: true };

/**
 * Reads the body of `req`, at most `maxBytes` of it. A body announced or found larger resolves
 * `tooLarge` at once; the rest is drained and dropped, so the connection can carry the answer.
 * Rejects when the client aborts before the body is complete.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > maxBytes) {
      req.resume();
      resolve({ tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        settle(() => resolve({ tooLarge: true }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(() => resolve({ tooLarge: false, bytes: Buffer.concat(chunks) })));
    req.on('error', (error) => settle(() => reject(error)));
    req.on('close', () =>
      settle(() => reject(new Error(`The request body was cut off by the client after ${size} bytes`))),
    );
  });
}
