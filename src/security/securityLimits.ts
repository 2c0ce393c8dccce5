/**
 * What one operation and one client may cost the gateway, read from the environment once at start-up
 * (each variable with its default; 0 turns a limit off where said).
 */
export interface SecurityLimits {
  /** Deepest field selection an operation may have (fragments flattened). `METERQL_MAX_DEPTH`, defaults to 15. */
  maxDepth: number;
  /** Most aliases in one operation. `METERQL_MAX_ALIASES`, defaults to 64. */
  maxAliases: number;
  /** Most lexical tokens in one document. `METERQL_MAX_TOKENS`, defaults to 5_000. */
  maxTokens: number;
  /** Most directives in one operation. `METERQL_MAX_DIRECTIVES`, defaults to 50. */
  maxDirectives: number;
  /**
   * Budget of estimated upstream calls of one operation (see estimateUpstreamCalls): an operation
   * estimated above it is refused with QUERY_TOO_COSTLY before any upstream call.
   * `METERQL_MAX_UPSTREAM_CALLS`, defaults to 500; 0 turns the estimate off.
   */
  maxUpstreamCalls: number;
  /**
   * The most fields an answer is estimated to hold (every selection times the list sizes above it):
   * above it, QUERY_TOO_COSTLY before execution. `METERQL_MAX_RESULT_FIELDS`, defaults to 2_000_000;
   * 0 turns it off.
   */
  maxResultFields: number;
  /**
   * How many items a list of unknown length (the orgs, an org's children) counts as in the estimate.
   * `METERQL_COST_LIST_SIZE`, defaults to 10.
   */
  assumedListSize: number;
  /**
   * Largest answer, in bytes of JSON: a larger one is replaced by a RESPONSE_TOO_LARGE error.
   * `METERQL_MAX_RESPONSE_BYTES`, defaults to 32 MiB; 0 turns the cap off.
   */
  maxResponseBytes: number;
  /** Per-client limits, keyed by `Caller.id`. */
  client: {
    /**
     * Operations one client may start per minute (a token bucket refilled evenly).
     * `METERQL_CLIENT_RATE_PER_MINUTE`, defaults to 1_200; 0 turns the rate limit off.
     */
    ratePerMinute: number;
    /** How many operations a client may start at once above its rate. `METERQL_CLIENT_BURST`, defaults to 1_000. */
    burst: number;
    /**
     * Operations one client may have in flight at once. `METERQL_CLIENT_MAX_CONCURRENT`, defaults
     * to 16; 0 turns the limit off.
     */
    maxConcurrent: number;
  };
}

/**
 * Reads an integer variable: `fallback` when unset, else a value from `min` to `max` (the reader
 * throws naming the variable otherwise).
 */
export type IntVarReader = (name: string, fallback: number, min: number, max: number) => number;

/** Reads {@link SecurityLimits} with `intVar` (the configuration's reader of the environment). */
export function readSecurityLimits(intVar: IntVarReader): SecurityLimits {
  return {
    maxDepth: intVar('METERQL_MAX_DEPTH', 15, 1, 1000),
    maxAliases: intVar('METERQL_MAX_ALIASES', 64, 0, 100_000),
    maxTokens: intVar('METERQL_MAX_TOKENS', 5_000, 1, 10_000_000),
    maxDirectives: intVar('METERQL_MAX_DIRECTIVES', 50, 0, 100_000),
    maxUpstreamCalls: intVar('METERQL_MAX_UPSTREAM_CALLS', 500, 0, 1_000_000_000),
    maxResultFields: intVar('METERQL_MAX_RESULT_FIELDS', 2_000_000, 0, 1_000_000_000_000),
    assumedListSize: intVar('METERQL_COST_LIST_SIZE', 10, 1, 1_000_000),
    maxResponseBytes: intVar('METERQL_MAX_RESPONSE_BYTES', 32 * 1024 * 1024, 0, 2 ** 40),
    client: {
      ratePerMinute: intVar('METERQL_CLIENT_RATE_PER_MINUTE', 1200, 0, 1_000_000_000),
      burst: intVar('METERQL_CLIENT_BURST', 1000, 1, 1_000_000_000),
      maxConcurrent: intVar('METERQL_CLIENT_MAX_CONCURRENT', 16, 0, 1_000_000),
    },
  };
}
