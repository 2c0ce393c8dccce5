import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleType,
  type CircuitBreakerPolicy,
} from 'cockatiel';

/**
 * One circuit breaker per (provider, endpoint), on cockatiel: after `failureThreshold` consecutive
 * failed attempts the circuit opens and calls fail at once for `coolDownMs`; then one call probes
 * (half-open; concurrent calls wait for it) and closes the circuit on success or opens it again.
 * Only failures that say the upstream is unwell count: 5xx, timeouts, resets, unreadable bodies.
 * Any HTTP answer the upstream meant (2xx, 4xx, 429) counts as a success.
 */

export interface BreakerSettings {
  /** Consecutive failed attempts that open a circuit. Defaults to 5. */
  failureThreshold: number;
  /** How long an open circuit fails fast before a probe is let through. Defaults to 10_000 ms. */
  coolDownMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { failureThreshold: 5, coolDownMs: 10_000 };

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

export class CircuitBreakers {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly settings: BreakerSettings,
    private readonly onChange: (event: { provider: string; endpoint: string; state: BreakerState }) => void = () => {},
  ) {
    if (!(Number.isInteger(settings.failureThreshold) && settings.failureThreshold >= 1)) {
      throw new Error(`failureThreshold must be an integer >= 1, but got: ${settings.failureThreshold}`);
    }
    if (!(settings.coolDownMs >= 0)) throw new Error(`coolDownMs must be >= 0, but got: ${settings.coolDownMs}`);
  }

  private entry(provider: string, endpoint: string): Entry {
    const id = `${provider}|${endpoint}`;
    let entry = this.entries.get(id);
    if (!entry) {
      const policy = circuitBreaker(handleType(BreakerFailure), {
        halfOpenAfter: this.settings.coolDownMs,
        breaker: new ConsecutiveBreaker(this.settings.failureThreshold),
      });
      const created: Entry = { policy, openedAt: 0 };
      policy.onStateChange((state) => {
        if (state === CircuitState.Open) created.openedAt = Date.now();
        this.onChange({ provider, endpoint, state: stateName(state) });
      });
      this.entries.set(id, created);
      entry = created;
    }
    return entry;
  }

  /** Milliseconds the circuit stays open (0 when closed, half-open, or due for a probe). */
  openFor(provider: string, endpoint: string): number {
    const entry = this.entries.get(`${provider}|${endpoint}`);
    if (!entry || entry.policy.state !== CircuitState.Open) return 0;
    return Math.max(0, entry.openedAt + this.settings.coolDownMs - Date.now());
  }

  /**
   * Runs one attempt through the endpoint's breaker. `attempt` throws {@link BreakerFailure} for a
   * failure that counts (it is rethrown as is); rejects with {@link CircuitOpenError} when open.
   */
  async run<T>(provider: string, endpoint: string, attempt: () => Promise<T>): Promise<T> {
    const entry = this.entry(provider, endpoint);
    try {
      return await entry.policy.execute(attempt);
    } catch (err) {
      if (err instanceof BrokenCircuitError) {
        throw new CircuitOpenError(provider, endpoint, this.openFor(provider, endpoint));
      }
      throw err;
    }
  }
}
