import type { Server, ServerOptions } from 'node:http';
import type { Logger } from 'pino';
import type { HttpEdgeConfig } from '../security/httpEdgeConfig.js';

/** Least time between two reports of connections dropped at `maxConnections`. */
const DROP_REPORT_INTERVAL_MS = 10_000;

/**
 * The options `http.createServer` takes from the edge settings: the headers and whole-request
 * timeouts (a client that sends too slowly gets 408 and the connection closes), checked often enough
 * to hold them (Node checks every 30 s by default).
 */
export function httpServerOptions(config: HttpEdgeConfig): ServerOptions {
  return {
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(5_000, Math.max(50, Math.floor(config.headersTimeoutMs / 4))),
  };
}

/**
 * Applies the rest of the edge settings to `server`: at most `maxConnections` connections (further
 * ones are closed at once; reported as a warning at most every 10 s), the keep-alive idle timeout,
 * and `Expect: 100-continue` answered only for a body of at most `maxBodyBytes` (a larger one gets
 * its 413 before the client sends it).
 */
export function applyHttpServerLimits(
  server: Server,
  config: HttpEdgeConfig,
  options: { maxBodyBytes: number; logger: Logger },
): void {
  server.maxConnections = config.maxConnections;
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  let dropped = 0;
  let reportedAt = -Infinity;
  server.on('drop', () => {
    dropped += 1;
    const now = Date.now();
    if (now - reportedAt < DROP_REPORT_INTERVAL_MS) return;
    options.logger.warn(
      { dropped, maxConnections: config.maxConnections },
      'connections refused: METERQL_MAX_CONNECTIONS reached',
    );
    reportedAt = now;
    dropped = 0;
  });
  server.on('checkContinue', (req, res) => {
    if (!(Number(req.headers['content-length']) > options.maxBodyBytes)) res.writeContinue();
    server.emit('request', req, res);
  });
}
