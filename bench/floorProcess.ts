/**
 * A floor server in its own process: `rawProxy <upstream origin>` (rawProxyServer.ts) or `bareBytes`
 * (bareBytesServer.ts). Prints one JSON line `{url}` once listening on a free loopback port; stops on
 * SIGTERM.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBareBytesServer } from './bareBytesServer.js';
import { createRawProxyServer } from './rawProxyServer.js';

const [kind, upstream] = process.argv.slice(2);
let server: Server;
if (kind === 'rawProxy' && upstream) server = createRawProxyServer(upstream);
else if (kind === 'bareBytes') server = createBareBytesServer().server;
else throw new Error(`expected "rawProxy <upstream>" or "bareBytes", but got: ${process.argv.slice(2).join(' ')}`);
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
