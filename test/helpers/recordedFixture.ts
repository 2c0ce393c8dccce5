import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { pino } from 'pino';
import { UpstreamHttp } from '../../src/upstream/http.js';
import type { DatadogApi } from '../../src/providers/datadog/datadogApi.js';

/** A body recorded from the real API (test/providers/datadog/fixtures, from Datadog's own client test recordings). */
export function recordedFixture(name: string): string {
  return readFileSync(new URL(`../providers/datadog/fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * Inside a `describe`: serves recorded bodies from a plain HTTP server for the block's tests, answering
 * each request with the status and JSON body `answer` picks, and closes it (and the client) afterwards.
 * Returns the API the Datadog client modules are called with.
 */
export function serveRecorded(answer: (req: IncomingMessage) => readonly [number, string]): () => DatadogApi {
  let server: Server;
  let baseUrl: string;
  const http = new UpstreamHttp({ logger: pino({ level: 'silent' }) });
  beforeAll(async () => {
    server = createServer((req, res) => {
      const [status, body] = answer(req);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await http.close();
    await new Promise((resolve) => server.close(resolve));
  });
  return () => ({ http, baseUrl, credentials: { apiKey: 'a'.repeat(32), appKey: 'b'.repeat(40) } });
}
