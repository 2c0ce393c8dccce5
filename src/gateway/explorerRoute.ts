import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * `GET /explorer`: the usage explorer, a single-page app bundled at build time into dist/explorer/
 * (scripts/buildExplorer.mjs, run by `npm run build`) and served here with its assets. The page
 * talks only to this gateway's `/graphql` and `/export/`: its Content-Security-Policy allows
 * nothing from any other origin, no inline script or style, no framing.
 */

/** Where the page is mounted; its assets are under `/explorer/`. */
export const EXPLORER_PATH = '/explorer';

/**
 * dist/explorer/, found from this module: src/gateway/ when run from source, dist/gateway/ when
 * built; both are two levels below the package root.
 */
const DIST = fileURLToPath(new URL('../../dist/explorer/', import.meta.url));

/**
 * The page's policy: scripts, styles and data from this origin only; images only as `data:` URLs
 * (Chart.js exports none, but a canvas may be saved as one); no plugins, frames, forms or base tag.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers of every explorer answer. */
const COMMON = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** An asset name esbuild content-hashed (`app-MJOKIFGO.js`): its bytes never change, so it is cached for good. */
const HASHED = /-[A-Z0-9]{8}\.[a-z]+(\.[a-z]+)*$/;

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...COMMON,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * Serves the explorer's page or one of its assets; returns false when `url` is not under
 * {@link EXPLORER_PATH}. Answers 503 naming the build command when the bundle is missing (the
 * gateway run from source without `npm run build`).
 */
export async function serveExplorer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const { pathname } = url;
  if (pathname !== EXPLORER_PATH && !pathname.startsWith(`${EXPLORER_PATH}/`)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, `The explorer is read with GET, but got: ${req.method ?? ''}\n`, { allow: 'GET, HEAD' });
    return true;
  }
  const rest = pathname.slice(EXPLORER_PATH.length + 1);
  const name = rest === '' ? 'index.html' : rest;
  const type = TYPES[extname(name)];
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || type === undefined) {
    sendText(res, 404, `No explorer asset at ${pathname}; the explorer is at ${EXPLORER_PATH}\n`);
    return true;
  }
  const file = join(DIST, name);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    const built = await stat(join(DIST, 'index.html')).then(
      () => true,
      () => false,
    );
    if (built) sendText(res, 404, `No explorer asset at ${pathname}; the explorer is at ${EXPLORER_PATH}\n`);
    else {
      sendText(
        res,
        503,
        `The usage explorer is not built: ${join(DIST, 'index.html')} is missing. Run \`npm run build\` (or \`node scripts/buildExplorer.mjs\`) and reload.\n`,
        { 'retry-after': '60' },
      );
    }
    return true;
  }
  res.writeHead(200, {
    ...COMMON,
    'content-type': type,
    'content-length': bytes.length,
    // The page names the current hashed assets: always revalidated. Hashed assets never change.
    'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return true;
}
