import { isIP } from 'node:net';

/** One allowed host: a name (or `.suffix`: the domain and every subdomain), with or without a port. */
interface HostPattern {
  name: string;
  suffix: boolean;
  /** Null: any port. */
  port: string | null;
}

/** A `Host` header split into its name (lower case, no trailing dot; IPv6 in brackets) and port. */
function splitHost(value: string): { name: string; port: string | null } | null {
  const v = value.trim().toLowerCase();
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(v);
  if (m === null) return null;
  return { name: m[1]!.replace(/\.$/, ''), port: m[2] ?? null };
}

/** Allowed `Host` values remembered at most (see HostAllowList.allowed); a suffix pattern allows unboundedly many. */
const ALLOWED_MEMO_ENTRIES = 256;

/** The names loopback clients use: `localhost`, `127.0.0.1`, `[::1]`. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Whether `address` (the interface the gateway listens on) is a loopback one: `localhost`,
 * 127.0.0.0/8, `::1` (any spelling) or `::ffff:127.x.x.x`. Decides both the default host allow-list
 * and whether authentication may be off.
 */
export function isLoopbackAddress(address: string): boolean {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (a === 'localhost') return true;
  if (isIP(a) === 4) return a.startsWith('127.');
  if (isIP(a) === 6) return a === '::1' || a === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(a);
  return false;
}

/** Whether `address` is a wildcard that listens on every interface (`0.0.0.0`, `::`). */
export function isWildcardAddress(address: string): boolean {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return a === '0.0.0.0' || a === '::' || a === '';
}

/**
 * The `Host` values the gateway answers (METERQL_ALLOWED_HOSTS): the defence against DNS rebinding,
 * where a page of an attacker's name, re-resolved to the gateway's address, reads from it as its own
 * origin. Its requests carry the attacker's name as `Host`, so they are refused.
 */
export class HostAllowList {
  /**
   * `Host` values found allowed, as sent (every request of a client sends the same one): checked
   * again without parsing. Refused values are not remembered (a client chooses them).
   */
  private readonly allowed = new Set<string>();

  private constructor(
    private readonly patterns: readonly HostPattern[],
    /** `*`: every Host is accepted (a proxy in front checks it). */
    readonly any: boolean,
  ) {}

  /**
   * Parses a comma-separated list: `name` (any port), `name:port`, `[v6]`, `[v6]:port`, `.example.com`
   * (the domain and its subdomains, any port), or `*` alone (accept any Host). Throws an Error saying
   * what was expected when an entry is none of these.
   */
  static parse(spec: string): HostAllowList {
    const entries = spec
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    if (entries.length === 0) throw new Error('a comma-separated list of host names (or *), but it is empty');
    if (entries.includes('*')) {
      if (entries.length > 1) throw new Error('either * alone or a list of host names, not both');
      return new HostAllowList([], true);
    }
    const patterns = entries.map((entry): HostPattern => {
      const suffix = entry.startsWith('.');
      const split = splitHost(suffix ? entry.slice(1) : entry);
      if (split === null || split.name === '' || /[/@?#\s]/.test(split.name) || (suffix && split.port !== null)) {
        throw new Error(
          `host names as a client sends them in Host (localhost, api.example.com, api.example.com:8443, [::1], .example.com); ${JSON.stringify(entry)} is not one`,
        );
      }
      return { name: split.name, suffix, port: split.port };
    });
    return new HostAllowList(patterns, false);
  }

  /** Whether a request whose `Host` header is `host` may be served. A missing Host is refused. */
  allows(host: string | undefined): boolean {
    if (this.any) return true;
    if (host === undefined) return false;
    if (this.allowed.has(host)) return true;
    const split = splitHost(host);
    if (split === null) return false;
    const allowed = this.patterns.some(
      (p) =>
        (p.port === null || p.port === split.port) &&
        (p.suffix ? split.name === p.name || split.name.endsWith(`.${p.name}`) : split.name === p.name),
    );
    if (allowed && this.allowed.size < ALLOWED_MEMO_ENTRIES) this.allowed.add(host);
    return allowed;
  }

  /** The list as configured, for messages and logs. */
  toString(): string {
    if (this.any) return '*';
    return this.patterns.map((p) => `${p.suffix ? '.' : ''}${p.name}${p.port === null ? '' : `:${p.port}`}`).join(',');
  }
}
