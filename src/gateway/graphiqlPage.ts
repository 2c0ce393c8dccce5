import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * GraphiQL served by the gateway itself, from the `graphiql`, `react` and `react-dom` npm packages:
 * no CDN, no Apollo Sandbox, so it works with no internet access. The page opens with one tab per
 * provider's example operation.
 */

const require = createRequire(import.meta.url);

/** URL path -> [package, file in the package, content type]. */
const ASSETS: Record<string, [string, string, string]> = {
  '/graphiql/react.js': ['react', 'umd/react.production.min.js', 'text/javascript; charset=utf-8'],
  '/graphiql/react-dom.js': ['react-dom', 'umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'],
  '/graphiql/graphiql.js': ['graphiql', 'graphiql.min.js', 'text/javascript; charset=utf-8'],
  '/graphiql/graphiql.css': ['graphiql', 'graphiql.min.css', 'text/css; charset=utf-8'],
};

/**
 * The folder of an installed package. Its `exports` map may hide the UMD files from
 * `require.resolve`, so the package's main entry is resolved and the folder found above it.
 */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || basename(dir) !== name) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of package ${name}`);
    dir = up;
  }
  return dir;
}

const assetCache = new Map<string, Promise<Buffer>>();

/** An operation GraphiQL shows in a tab at first visit, with its variables (a provider's `example`). */
export interface GraphiqlExample {
  query: string;
  variables: Record<string, unknown>;
}

const NO_EXAMPLE: GraphiqlExample = {
  query: '# meterql: one GraphQL API over your usage-metering APIs.\n{\n  providers {\n    name\n    mode\n  }\n}\n',
  variables: {},
};

function escapeForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The GraphiQL HTML page for a GraphQL endpoint path, opening with one tab per example (the first
 * active); without any, a tab listing the providers.
 */
export function graphiqlHtml(endpointPath: string, examples: readonly GraphiqlExample[] = []): string {
  const tabs = (examples.length > 0 ? examples : [NO_EXAMPLE]).map((e) => ({
    query: e.query,
    variables: JSON.stringify(e.variables, null, 2),
  }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>meterql · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }
#meterql-explorer { position: fixed; right: 12px; bottom: 8px; z-index: 10; font: 13px system-ui, sans-serif; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<a id="meterql-explorer" href="/explorer">Usage explorer →</a>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const send = GraphiQL.createFetcher({ url: ${escapeForScript(endpointPath)} });
  // GraphiQL 3 can send the operation name of the tab it just left with the document of the tab it
  // switched to ("Unknown operation named ..."): a name the document does not define is dropped.
  const fetcher = (params, options) => {
    const name = params.operationName;
    const defined = !name || new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(params.query ?? '');
    return send(defined ? params : { ...params, operationName: undefined }, options);
  };
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: ${escapeForScript(tabs)},
      // GraphiQL fills the variables editor of the first tab from this, not from the tab.
      variables: ${escapeForScript(tabs[0]?.variables ?? '')},
      defaultEditorToolsVisibility: 'variables',
    }),
  );
</script>
</body>
</html>
`;
}

/** True when a GET to the GraphQL path comes from a browser that wants a page, not a GraphQL result. */
export function wantsGraphiql(req: IncomingMessage, url: URL): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !url.searchParams.has('query') &&
    (req.headers.accept ?? '').includes('text/html')
  );
}

/** Serves a GraphiQL asset; returns false when `pathname` is not one. */
export async function serveGraphiqlAsset(pathname: string, res: ServerResponse): Promise<boolean> {
  const asset = ASSETS[pathname];
  if (asset === undefined) return false;
  const [pkg, file, type] = asset;
  let body = assetCache.get(pathname);
  if (body === undefined) {
    body = readFile(join(packageDir(pkg), file));
    assetCache.set(pathname, body);
  }
  const bytes = await body;
  res.writeHead(200, {
    'content-type': type,
    'content-length': bytes.length,
    'cache-control': 'public, max-age=86400',
  });
  res.end(bytes);
  return true;
}
