/**
 * The record of every API request a simulator served (control routes under `/_simulator/` are not
 * logged). Entries never hold credentials: keys travel in headers, which are not recorded, and query
 * parameters or body fields that could carry one (`api_key`, `application_key`, `dd-api-key`, `token`,
 * ...) are redacted.
 */

/** One served request. */
export interface LoggedRequest {
  /** 1, 2, 3... in the order requests arrived. */
  seq: number;
  /** Wall-clock arrival time. */
  at: Date;
  method: string;
  path: string;
  /** Operation id of the endpoint the path names (e.g. `GetHourlyUsage`), or `unknown`. */
  endpoint: string;
  /** Query parameters (first value of each name). */
  query: Record<string, string>;
  /** The JSON request body with credential-like fields redacted; absent when none was sent or it was not JSON. */
  body?: unknown;
  /** The HTTP status answered; 0 when no answer was sent (a dropped connection, a request left hanging). */
  status: number;
  /**
   * Public id of the authenticated principal (the org whose credentials were sent); null when the
   * credentials were missing or unknown.
   */
  orgPublicId: string | null;
}

/** Read access to the log. */
export interface RequestLog {
  /** Copies of the entries, oldest first, optionally filtered. */
  entries(filter?: { endpoint?: string; status?: number }): LoggedRequest[];
  count(filter?: { endpoint?: string; status?: number }): number;
  clear(): void;
}

const REDACTED = '[redacted]';

/** Names of query parameters that may carry a credential (not e.g. `tag_breakdown_keys`). */
const CREDENTIAL_PARAM = /(^|[_-])(api|app|application)[_-]?key$|^key$|token|secret|password/i;

/** Query parameters as a plain record (first value wins), with key-like parameters redacted. */
export function loggableQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of params) {
    if (Object.prototype.hasOwnProperty.call(query, name)) continue;
    query[name] = CREDENTIAL_PARAM.test(name) ? REDACTED : value;
  }
  return query;
}

/** A copy of a parsed JSON body in which every field whose name may carry a credential is redacted, at any depth. */
export function loggableBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(loggableBody);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [name, CREDENTIAL_PARAM.test(name) ? REDACTED : loggableBody(field)]),
  );
}

/** Which entries a query of the log wants. */
type LogFilter = { endpoint?: string; status?: number };

function matches(e: LoggedRequest, filter: LogFilter): boolean {
  return (
    (filter.endpoint === undefined || e.endpoint === filter.endpoint) &&
    (filter.status === undefined || e.status === filter.status)
  );
}

/** In-memory {@link RequestLog}; `reserveSeq` assigns the sequence numbers. */
export class MemoryRequestLog implements RequestLog {
  private readonly items: LoggedRequest[] = [];
  private nextSeq = 1;

  /** Reserves the next sequence number (call when the request arrives). */
  reserveSeq(): number {
    return this.nextSeq++;
  }

  /** Records a served request; entries stay ordered by `seq`. */
  append(entry: LoggedRequest): void {
    let i = this.items.length;
    while (i > 0 && (this.items[i - 1] as LoggedRequest).seq > entry.seq) i--;
    this.items.splice(i, 0, entry);
  }

  entries(filter: LogFilter = {}): LoggedRequest[] {
    return this.items
      .filter((e) => matches(e, filter))
      .map((e) => ({
        ...e,
        at: new Date(e.at.getTime()),
        query: { ...e.query },
        ...(e.body === undefined ? {} : { body: structuredClone(e.body) }),
      }));
  }

  count(filter: LogFilter = {}): number {
    let n = 0;
    for (const e of this.items) if (matches(e, filter)) n += 1;
    return n;
  }

  clear(): void {
    this.items.length = 0;
  }
}
