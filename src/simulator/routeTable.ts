/** Routing by method and path pattern for the simulator kernel. */
import type { SimRoute } from './simRoute.js';

/** What a method and path name: a route (with its path parameters), a path of other methods, or nothing. */
export type RouteMatch<R> =
  | { kind: 'route'; route: R; params: Record<string, string> }
  | { kind: 'wrongMethod'; route: R; allow: string[] }
  | { kind: 'none' };

/** A path pattern split into segments: literal text, or the name of a parameter. */
type Segment = { literal: string } | { param: string };

const PARAM = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** Splits a pattern into segments; throws unless every `{...}` is a whole segment with a plain name. */
function compile(path: string): Segment[] {
  if (!path.startsWith('/')) throw new Error(`A route path must start with '/'; got '${path}'`);
  return path
    .slice(1)
    .split('/')
    .map((segment) => {
      const param = PARAM.exec(segment)?.[1];
      if (param !== undefined) return { param };
      if (/[{}]/.test(segment)) {
        throw new Error(`A path parameter must be a whole segment '{name}'; got '${segment}' in '${path}'`);
      }
      return { literal: segment };
    });
}

/** The parameters `segments` capture from the (percent-encoded) path `parts`, or undefined when it does not match. */
function capture(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i] as string;
    if ('literal' in segment) {
      if (segment.literal !== part) return undefined;
      continue;
    }
    if (part === '') return undefined;
    try {
      params[segment.param] = decodeURIComponent(part);
    } catch {
      return undefined;
    }
  }
  return params;
}

/** The routes of one simulator, matched in the order given. */
export class RouteTable<R extends SimRoute<unknown>> {
  private readonly compiled: { route: R; segments: Segment[] }[];

  /** Throws on a malformed pattern or on two routes with the same method and pattern. */
  constructor(routes: readonly R[]) {
    const seen = new Set<string>();
    this.compiled = routes.map((route) => {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key)) throw new Error(`Each route must be declared once; got ${key} twice`);
      seen.add(key);
      return { route, segments: compile(route.path) };
    });
  }

  /** The route for `method` and the percent-encoded `path` (a URL's pathname). */
  match(method: string, path: string): RouteMatch<R> {
    const parts = path.slice(1).split('/');
    let other: R | undefined;
    const allow: string[] = [];
    for (const { route, segments } of this.compiled) {
      const params = capture(segments, parts);
      if (!params) continue;
      if (route.method === method) return { kind: 'route', route, params };
      other ??= route;
      if (!allow.includes(route.method)) allow.push(route.method);
    }
    return other ? { kind: 'wrongMethod', route: other, allow } : { kind: 'none' };
  }
}
