#!/usr/bin/env node
// meterql's command-line entry: runs the compiled JavaScript in dist/. `npm start` and
// `npm run simulate` build it first; otherwise `npm run build`.
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/main.js', import.meta.url);

try {
  await import(main.href);
} catch (err) {
  // Only dist/main.js itself missing gets the hint; anything else (a missing dependency) is reported as is.
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && err.url === main.href) {
    process.stderr.write(`meterql: ${fileURLToPath(main)} not found: run npm run build\n`);
    process.exit(1);
  }
  throw err;
}
