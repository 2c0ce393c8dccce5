import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isRecord } from '../json/isRecord.js';

/** What of a GraphQL request over HTTP decides its answer, read before Apollo sees the request. */
export interface GraphqlRequestParts {
  /**
   * SHA-256 (hex) of the document text; for a persisted query sent by its hash alone, that hash
   * (Apollo's persisted queries hash the same way, so both name the same document).
   */
  documentHash: string;
  /** The operation the client asked for, when the document holds several. */
  operationName: string | null;
  variables: Readonly<Record<string, unknown>>;
}

/** What else the key holds: whose answer it is and how it is written. */
export interface ResponseKeyScope {
  /** What answers depend on beyond the request (schema, provider configuration): see {@link responseCacheIdentity}. */
  identity: string;
  /** The request headers that carry credentials, each provider's (lowercase). */
  credentialHeaders: readonly string[];
}

/**
 * The request headers a key reads credentials from: every provider's credential headers and
 * `authorization`, once each, sorted (so the key does not depend on the providers' order).
 */
export function keyedCredentialHeaders(credentialHeaders: readonly string[]): string[] {
  return [...new Set([...credentialHeaders, 'authorization'])].sort();
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Documents longer than this are hashed every time rather than remembered. */
const REMEMBERED_DOCUMENT_CHARS = 16 * 1024;
/** At most this many document hashes are remembered; when full, the memo starts over. */
const REMEMBERED_DOCUMENTS = 256;
const documentHashes = new Map<string, string>();

/**
 * SHA-256 (hex) of a document text. Clients send the same few documents over and over: their hashes
 * are remembered (a map lookup costs less than hashing the text again on every request).
 */
export function documentHashOf(query: string): string {
  if (query.length > REMEMBERED_DOCUMENT_CHARS) return createHash('sha256').update(query).digest('hex');
  let hash = documentHashes.get(query);
  if (hash === undefined) {
    if (documentHashes.size >= REMEMBERED_DOCUMENTS) documentHashes.clear();
    hash = createHash('sha256').update(query).digest('hex');
    documentHashes.set(query, hash);
  }
  return hash;
}

/** A JSON parameter of a GET request: undefined when absent, null when it does not parse. */
function jsonParam(search: URLSearchParams, name: string): unknown {
  const raw = search.get(name);
  if (raw === null || raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/**
 * The parts of a single GraphQL request (POST JSON body or GET query string) that decide its answer;
 * null when it is not one the cache can key (a batch, no document, variables that are not an object,
 * a persisted-query hash that contradicts the document): Apollo then answers it, errors included.
 */
export function graphqlRequestParts(
  method: string,
  search: URLSearchParams,
  body: unknown,
): GraphqlRequestParts | null {
  let query: unknown;
  let operationName: unknown;
  let variables: unknown;
  let extensions: unknown;
  if (method === 'GET') {
    query = search.get('query') ?? undefined;
    operationName = search.get('operationName') ?? undefined;
    variables = jsonParam(search, 'variables');
    extensions = jsonParam(search, 'extensions');
  } else if (method === 'POST' && isRecord(body)) {
    ({ query, operationName, variables, extensions } = body);
  } else {
    return null;
  }
  if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  const persisted = isRecord(extensions) && isRecord(extensions.persistedQuery) ? extensions.persistedQuery : null;
  const persistedHash =
    typeof persisted?.sha256Hash === 'string' && SHA256_HEX.test(persisted.sha256Hash)
      ? persisted.sha256Hash.toLowerCase()
      : null;
  let documentHash: string;
  if (typeof query === 'string' && query !== '') {
    documentHash = documentHashOf(query);
    if (persisted !== null && persistedHash !== documentHash) return null;
  } else if (query === undefined && persistedHash !== null) {
    documentHash = persistedHash;
  } else {
    return null;
  }
  return {
    documentHash,
    operationName: typeof operationName === 'string' && operationName !== '' ? operationName : null,
    variables: isRecord(variables) ? variables : {},
  };
}

/**
 * JSON with every object's keys sorted, at every depth: variables that differ only in key order
 * write the same. Arrays keep their order (it is meaningful).
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Identifies what answers depend on beyond the request, as a hash: the schema, each provider's
 * configuration (credentials included, so gateways configured for different tenants never share a
 * store's entries; they are only hashed) and how each provider is reached.
 */
export function responseCacheIdentity(material: readonly unknown[]): string {
  const text = JSON.stringify(material, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return createHash('sha256').update(`meterql-response-identity\n${text}`).digest('base64url');
}

/**
 * The cache key of a request: `r1:` and a SHA-256 (base64url) of the gateway's identity, the
 * credential scope (the values of every provider's credential headers and of `authorization`, as
 * sent: a request that brings no keys is answered with the configured ones, which the identity
 * covers), the `accept` header (Apollo writes the content type it asks for), the document hash, the
 * operation name and the canonical variables. It holds no key and no variable in clear.
 * `credentialNames` is {@link keyedCredentialHeaders} of the providers' headers, computed once.
 */
export function responseCacheKey(
  parts: GraphqlRequestParts,
  headers: IncomingHttpHeaders,
  identity: string,
  credentialNames: readonly string[],
): string {
  const credentials = credentialNames.map((name) => [name, headers[name] ?? null]);
  const material = JSON.stringify([
    identity,
    credentials,
    headers.accept ?? null,
    parts.documentHash,
    parts.operationName,
    canonicalJson(parts.variables),
  ]);
  return `r1:${createHash('sha256').update(material).digest('base64url')}`;
}
