import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  SamplingBreaker,
  circuitBreaker,
  handleType,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { LRUCache } from 'lru-cache';

/**
 * One circuit breaker per (provider, endpoint, credentials scope), on cockatiel: one tenant's failing
 * credentials (or its share of a failing upstream) never open the circuit for another. By default a
 * circuit opens when, over the last `windowMs`, at least `minimumAttempts` attempts were made and at
 * least `failureRate` of them failed (cockatiel's SamplingBreaker); with `failureThreshold` set it
 * opens after that many consecutive failed attempts instead. An open circuit fails calls at once for
 * `coolDownMs`; then one call probes (half-open; concurrent calls wait for it) and closes the circuit
 * on success or opens it again. Only failures that say the upstream is unwell count: 5xx, timeouts,
 * resets, unreadable bodies. Any HTTP answer the upstream meant (2xx, 4xx, 429) counts as a success.
 *
 * Breakers are kept for at most `maxBreakers` scopes and endpoints, least recently used first out, so
 * a stream of distinct credentials costs bounded memory (an evicted breaker starts closed again).
 */

export interface BreakerSettings {
  /**
   * Share of failed attempts in the window that opens a circuit, in (0, 1). Defaults to 0.6: an
   * upstream failing 30% of attempts is one retries handle (4 attempts: 0.8% of requests fail); a
   * lower bound would open on chance streaks of such a one, failing every request of the cool-down.
   */
  failureRate: number;
  /** The sliding window failures are counted over. Defaults to 30_000 ms. */
  windowMs: number;
  /** Attempts the window must hold before its failure rate can open the circuit. Defaults to 20. */
  minimumAttempts: number;
  /**
   * Consecutive failed attempts that open a circuit, instead of the failure rate; unset by default
   * (`METERQL_BREAKER_FAILURES` sets it).
   */
  failureThreshold?: number;
  /** How long an open circuit fails fast before a probe is let through. Defaults to 10_000 ms. */
  coolDownMs: number;
  /** Breakers kept at most (one per endpoint and credentials scope). Defaults to 1024. */
  maxBreakers: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = {
  failureRate: 0.6,
  windowMs: 30_000,
  minimumAttempts: 20,
  coolDownMs: 10_000,
  maxBreakers: 1024,
};

export type BreakerState = 'closed' | 'open' | 'half_open';

/** Thrown by an attempt for a failure the breaker must count; carries the attempt's own error. */
export class BreakerFailure extends Error {
  constructor(readonly cause: Error) {
    super(cause.message);
    this.name = 'BreakerFailure';
  }
}

/** The circuit is open: the call was not made. */
export class CircuitOpenError extends Error {
  constructor(
    readonly provider: string,
    readonly endpoint: string,
    /** Milliseconds until a probe is let through (0 while a probe is deciding). */
    readonly retryInMs: number,
  ) {
    super(`circuit open for ${provider} ${endpoint}`);
    this.name = 'CircuitOpenError';
  }
}

interface Entry {
  policy: CircuitBreakerPolicy;
  openedAt: number;
}

function stateName(state: CircuitState): BreakerState {
  switch (state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half_open';
    case CircuitState.Open:
    case CircuitState.Isolated:
      return 'open';
  }
}

/** Throws unless the settings are usable; names the setting and the value. */
export function checkBreakerSettings(s: BreakerSettings): void {
  if (s.failureThreshold !== undefined && !(Number.isInteger(s.failureThreshold) && s.failureThreshold >= 1)) {
    throw new Error(`failureThreshold must be an integer >= 1, but got: ${s.failureThreshold}`);
  }
  if (!(s.failureRate > 0 && s.failureRate < 1))
    throw new Error(`failureRate must be in (0, 1), but got: ${s.failureRate}`);
  if (!(Number.isInteger(s.windowMs) && s.windowMs >= 100)) {
    throw new Error(`windowMs must be an integer >= 100, but got: ${s.windowMs}`);
  }
  if (!(Number.isInteger(s.minimumAttempts) && s.minimumAttempts >= 1)) {
    throw new Error(`minimumAttempts must be an integer >= 1, but got: ${s.minimumAttempts}`);
  }
  if (!(s.coolDownMs >= 0)) throw new Error(`coolDownMs must be >= 0, but got: ${s.coolDownMs}`);
  if (!(Number.isInteger(s.maxBreakers) && s.maxBreakers >= 1)) {
    throw new Error(`maxBreakers must be an integer >= 1, but got: ${s.maxBreakers}`);
  }
}

/** How a circuit that opened is described to clients: what opened it. */
export function breakerReason(s: BreakerSettings): string {
  return s.failureThreshold !== undefined
    ? `it failed ${s.failureThreshold} times in a row`
    : `at least ${Math.round(s.failureRate * 100)}% of its attempts in ${Math.round(s.windowMs / 1000)} s failed`;
}

/** Which circuit a call goes through. */
export interface BreakerKey {
  provider: string;
  endpoint: string;
  /** The credentials scope (a hash): each tenant's credentials have circuits of their own. */
  scope: string;
}

/** How bad a state is, for reporting one state per endpoint across its scopes' circuits. */
const SEVERITY: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

export class CircuitBreakers {
  private readonly entries: LRUCache<string, Entry>;
  /**
   * The scopes whose circuit is not closed, by `provider|endpoint`: `onChange` reports an endpoint's
   * worst state over its scopes (one tenant's circuit closing must not hide another's open one).
   */
  private readonly notClosed = new Map<string, Map<string, BreakerState>>();

  constructor(
    private readonly settings: BreakerSettings,
    private readonly onChange: (event: { provider: string; endpoint: string; state: BreakerState }) => void = () => {},
  ) {
    checkBreakerSettings(settings);
    this.entries = new LRUCache<string, Entry>({
      max: settings.maxBreakers,
      // An evicted circuit is forgotten: it no longer holds its endpoint's reported state.
      dispose: (_entry, id, reason) => {
        if (reason !== 'set') this.track(id, 'closed');
      },
    });
  }

  /** Records the state of the circuit `id` and reports its endpoint's worst state over every scope. */
  private track(id: string, state: BreakerState): void {
    const cut = id.lastIndexOf('|');
    const endpointId = id.slice(0, cut);
    const scope = id.slice(cut + 1);
    let scopes = this.notClosed.get(endpointId);
    if (state === 'closed') scopes?.delete(scope);
    else {
      if (scopes === undefined) this.notClosed.set(endpointId, (scopes = new Map<string, BreakerState>()));
      scopes.set(scope, state);
    }
    let worst: BreakerState = 'closed';
    for (const s of scopes?.values() ?? []) if (SEVERITY[s] > SEVERITY[worst]) worst = s;
    if (scopes?.size === 0) this.notClosed.delete(endpointId);
    const sep = endpointId.indexOf('|');
    this.onChange({ provider: endpointId.slice(0, sep), endpoint: endpointId.slice(sep + 1), state: worst });
  }

  /** Circuits currently kept. */
  get size(): number {
    return this.entries.size;
  }

  private entry({ provider, endpoint, scope }: BreakerKey): Entry {
    const id = `${provider}|${endpoint}|${scope}`;
    let entry = this.entries.get(id);
    if (!entry) {
      const s = this.settings;
      const policy = circuitBreaker(handleType(BreakerFailure), {
        halfOpenAfter: s.coolDownMs,
        breaker:
          s.failureThreshold !== undefined
            ? new ConsecutiveBreaker(s.failureThreshold)
            : new SamplingBreaker({
                threshold: s.failureRate,
                duration: s.windowMs,
                minimumRps: s.minimumAttempts / (s.windowMs / 1000),
              }),
      });
      const created: Entry = { policy, openedAt: 0 };
      policy.onStateChange((state) => {
        if (state === CircuitState.Open) created.openedAt = Date.now();
        this.track(id, stateName(state));
      });
      this.entries.set(id, created);
      entry = created;
    }
    return entry;
  }

  /** Milliseconds the circuit stays open (0 when closed, half-open, or due for a probe). */
  openFor({ provider, endpoint, scope }: BreakerKey): number {
    const entry = this.entries.peek(`${provider}|${endpoint}|${scope}`);
    if (!entry || entry.policy.state !== CircuitState.Open) return 0;
    return Math.max(0, entry.openedAt + this.settings.coolDownMs - Date.now());
  }

  /**
   * Runs one attempt through the circuit of `key`. `attempt` throws {@link BreakerFailure} for a
   * failure that counts (it is rethrown as is); rejects with {@link CircuitOpenError} when open.
   */
  async run<T>(key: BreakerKey, attempt: () => Promise<T>): Promise<T> {
    const entry = this.entry(key);
    try {
      return await entry.policy.execute(attempt);
    } catch (err) {
      if (err instanceof BrokenCircuitError) {
        throw new CircuitOpenError(key.provider, key.endpoint, this.openFor(key));
      }
      throw err;
    }
  }
}
