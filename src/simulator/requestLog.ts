/**
 * The record of every Datadog-API request the simulator served (control routes under `/_simulator/`
 * are not logged). Entries never hold credentials: keys travel in headers, which are not recorded,
 * and query parameters that could carry one (`api_key`, `application_key`, `dd-api-key`, ...) are redacted.
 */

/** One served request. */
export interface LoggedRequest {
  /** 1, 2, 3... in the order requests arrived. */
  seq: number;
  /** Wall-clock arrival time. */
  at: Date;
  method: string;
  path: string;
  /** Operation id (`GetHourlyUsage`, `GetUsageSummary`) or `unknown`. */
  endpoint: string;
  /** Query parameters (first value of each name). */
  query: Record<string, string>;
  status: number;
  /** Public id of the org whose keys were sent; null when the keys were missing or unknown. */
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

/** In-memory {@link RequestLog}; `append` assigns the sequence number. */
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

  entries(filter: { endpoint?: string; status?: number } = {}): LoggedRequest[] {
    return this.items
      .filter(
        (e) =>
          (filter.endpoint === undefined || e.endpoint === filter.endpoint) &&
          (filter.status === undefined || e.status === filter.status),
      )
      .map((e) => ({ ...e, at: new Date(e.at.getTime()), query: { ...e.query } }));
  }

  count(filter: { endpoint?: string; status?: number } = {}): number {
    return this.entries(filter).length;
  }

  clear(): void {
    this.items.length = 0;
  }
}
