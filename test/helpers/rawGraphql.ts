import { createHash } from 'node:crypto';
import { request } from 'undici';

/** An HTTP answer of the gateway as sent: status, headers and the exact body text. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** POSTs a GraphQL request body (any JSON) to `url` and returns the answer as sent. */
export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** GETs a GraphQL query (`query`, `variables` as URL parameters) from `url`; the answer as sent. */
export async function getGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const params = new URLSearchParams({ query });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  const res = await request(`${url}?${params.toString()}`, { headers });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** SHA-256 (hex) of a document, as Apollo's persisted queries name it. */
export function documentSha256(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}
