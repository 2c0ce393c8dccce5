import { describe, expect, it } from 'vitest';
import {
  BreakerFailure,
  CircuitBreakers,
  DEFAULT_BREAKER_SETTINGS,
  type BreakerState,
} from '../../../src/upstream/circuitBreakers.js';

const fail = (): Promise<never> => Promise.reject(new BreakerFailure(new Error('503')));
const ok = (): Promise<string> => Promise.resolve('ok');

describe('CircuitBreakers: the state reported per endpoint, over its scopes', () => {
  it("is the worst of its scopes' circuits: one scope closing does not hide another's open circuit", async () => {
    const reported: BreakerState[] = [];
    const breakers = new CircuitBreakers({ ...DEFAULT_BREAKER_SETTINGS, failureThreshold: 1, coolDownMs: 0 }, (e) =>
      reported.push(e.state),
    );
    const a = { provider: 'p', endpoint: 'e', scope: 'A' };
    const b = { provider: 'p', endpoint: 'e', scope: 'B' };
    await expect(breakers.run(a, fail)).rejects.toBeInstanceOf(BreakerFailure);
    await expect(breakers.run(b, fail)).rejects.toBeInstanceOf(BreakerFailure);
    // B's probe succeeds (half-open, then closed); A's circuit is still open.
    await expect(breakers.run(b, ok)).resolves.toBe('ok');
    expect(reported.at(-1)).toBe('open');
    await expect(breakers.run(a, ok)).resolves.toBe('ok');
    expect(reported.at(-1)).toBe('closed');
  });

  it('forgets an evicted open circuit: its endpoint is reported closed', async () => {
    const reported: BreakerState[] = [];
    const breakers = new CircuitBreakers(
      { ...DEFAULT_BREAKER_SETTINGS, failureThreshold: 1, coolDownMs: 60_000, maxBreakers: 1 },
      (e) => reported.push(e.state),
    );
    await expect(breakers.run({ provider: 'p', endpoint: 'e', scope: 'A' }, fail)).rejects.toBeInstanceOf(
      BreakerFailure,
    );
    expect(reported.at(-1)).toBe('open');
    await breakers.run({ provider: 'p', endpoint: 'e', scope: 'B' }, ok);
    expect(reported.at(-1)).toBe('closed');
  });
});
