/** The bench's HTTP client: GraphQL to a gateway, REST to the simulator (directly or through a proxy). */
import { Agent, request } from 'undici';

const client = new Agent({ connections: 64, keepAliveTimeout: 30_000 });

export interface GqlResult {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

/** The JSON request body of a GraphQL POST. */
export function gqlBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/** POSTs an operation and returns the parsed answer (and its size in bytes). */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult> {
  return (await gqlBytes(url, query, variables, headers)).result;
}

/** As {@link gql}, also returning the answer's bytes as sent. */
export async function gqlBytes(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ result: GqlResult; bytes: Buffer; status: number; serverMs: number | null }> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: gqlBody(query, variables),
    dispatcher: client,
  });
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return {
    result: JSON.parse(bytes.toString('utf8')) as GqlResult,
    bytes,
    status: res.statusCode,
    serverMs: serverTimingMs(res.headers['server-timing']),
  };
}

/** The gateway's own time on an answer, from its `Server-Timing: meterql;...;dur=<ms>` header. */
function serverTimingMs(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header.join(', ') : header;
  const dur = /(?:^|,)\s*meterql;[^,]*?dur=([\d.]+)/.exec(value ?? '')?.[1];
  return dur === undefined ? null : Number(dur);
}

/** Throws unless the answer has no errors; returns its data. */
export function dataOf(result: GqlResult, what: string): Record<string, unknown> {
  if (result.errors || !result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}

/** Datadog credentials for a REST call. */
export interface RestCredentials {
  apiKey: string;
  appKey: string;
}

/** GET `origin + path?query` with Datadog's key headers. */
export async function rest(
  origin: string,
  credentials: RestCredentials,
  path: string,
  query: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown>; reset: number }> {
  const res = await request(`${origin}${path}?${new URLSearchParams(query).toString()}`, {
    headers: {
      'dd-api-key': credentials.apiKey,
      'dd-application-key': credentials.appKey,
      accept: 'application/json',
    },
    dispatcher: client,
  });
  const body = (await res.body.json()) as Record<string, unknown>;
  return { status: res.statusCode, body, reset: Number(res.headers['x-ratelimit-reset'] ?? 1) };
}

/** Closes the client's connections (at the end of the run). */
export function closeClient(): Promise<void> {
  return client.close();
}
