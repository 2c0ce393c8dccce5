import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long a connection closed after a refused body keeps reading what the client still sends. */
const LINGER_MS = 2_000;

/**
 * Makes `socket` close the way RFC 9112 §9.6 asks when the server ends a connection while the client
 * may still be sending: once the answer is written, half-close (FIN) and keep reading, discarding,
 * until the client closes its side, at most `lingerMs`. Closing at once would reset the connection
 * when the unsent rest of the body arrives, and a client may then lose the answer.
 *
 * Node's HTTP server closes a `Connection: close` answer's socket with `destroySoon()` once the answer
 * is written; that call on this socket lingers instead.
 */
export function lingerOnClose(socket: Socket, lingerMs: number = LINGER_MS): void {
  socket.destroySoon = function lingeringClose(this: Socket): void {
    if (this.destroyed) return;
    const timer = setTimeout(() => this.destroy(), lingerMs);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
    // The client's FIN: nothing more will come; both sides are done.
    this.once('end', () => this.destroy());
    if (this.writable) this.end();
    this.resume();
  };
}

/**
 * Answers 413 for a request whose body is larger than `maxBytes`, with `Connection: close`: the
 * connection is then closed cleanly (see {@link lingerOnClose}) rather than promised for another
 * request while the rest of the body is still on its way.
 */
export function answerTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  lingerOnClose(req.socket);
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(
    JSON.stringify({
      errors: [{ message: `Request body must be at most ${maxBytes} bytes`, extensions: { code: 'BAD_REQUEST' } }],
    }),
  );
}
