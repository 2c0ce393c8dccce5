/**
 * The throughput floor: a bare node:http server that reads each request and answers it with fixed
 * bytes (the gateway's answer to the query being measured), doing nothing else. `PUT /_bytes` sets
 * the bytes (and the content type) it answers with.
 */
import { createServer, type Server } from 'node:http';

/** A bare server answering every request with `body` until `PUT /_bytes` replaces it; listen on it yourself. */
export function createBareBytesServer(initial: Buffer = Buffer.from('{}')): {
  server: Server;
  setBody(body: Buffer): void;
} {
  let body = initial;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT' && req.url === '/_bytes') {
        body = Buffer.concat(chunks);
        res.writeHead(204);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
    });
  });
  return {
    server,
    setBody(next) {
      body = next;
    },
  };
}
