/**
 * Paces upstream requests so that a rate-limit budget the upstream announced is never overrun.
 *
 * Datadog sends on every answer `X-RateLimit-Limit` (requests per period), `-Period` (seconds,
 * calendar-aligned), `-Remaining`, `-Reset` (seconds until the period ends) and `-Name` (the budget;
 * several endpoints may share one). Budgets are per organization, so the pacer keeps one per
 * (credentials scope, budget name). The name is only learned from answers, so each endpoint maps to
 * the last name seen for it; until then the endpoint has a provisional budget of its own.
 *
 * The subtle part is how much may be sent; two rules must both allow it.
 * - The upstream's count: the pacer counts requests in flight and assumes none of them has been
 *   counted upstream yet, so it sends only while `remaining - inFlight > 0`; an answer lowers
 *   `remaining` (never raises it within a period, as answers may arrive out of order); once the
 *   period is over (`Reset` is rounded up and measured on arrival, so the pacer's end of a period is
 *   never earlier than the upstream's) the budget is taken to be full again.
 * - Its own sends: the pacer's idea of where a period ends is late by up to a second, so right after
 *   it rolls over it could send into an upstream period that already counted some of its requests.
 *   So it also never sends more than `limit` requests within any `period + slack` window of its own
 *   send times: then no calendar-aligned period of the upstream (whatever its phase) receives more
 *   than `limit` of them, as long as network jitter stays under `slack`.
 * While a budget is unknown one request at a time probes it, unless the provider documents its budget
 * (`documented`): then the pacer starts from the documented one (full, its period starting now; the
 * own-sends rule holds from the first request) and the first answer that reports the budget replaces
 * it; requests the documentation calls unlimited are not held at all. An answer without any
 * rate-limit header marks the budget unlimited.
 *
 * Several processes drawing on one budget (cluster workers) each take a share of it (`budgetShare`,
 * 1/N): the limit and remaining count each reading announces, and a documented budget, are scaled
 * down (rounded down; a limit keeps at least 1), so N pacers together never send more than the
 * upstream allows.
 */

/** What the upstream said about its rate limit on one answer (Datadog's `X-RateLimit-*`). */
export interface RateLimitInfo {
  name: string | null;
  limit: number | null;
  periodSeconds: number | null;
  remaining: number | null;
  resetSeconds: number | null;
}

/** Which budget a request draws on. */
export interface PacerKey {
  provider: string;
  /** Identifies the credentials (a hash). */
  scope: string;
  endpoint: string;
  /** HTTP method (default GET): documented budgets may count some methods only. */
  method?: string;
}

/** What the provider documents about the budget a request draws on (see RateLimitPacerOptions.documented). */
export type DocumentedBudget = { limit: number; periodSeconds: number } | 'unlimited' | null;

/** The right to send one request; give it back exactly once. */
export interface Permit {
  /**
   * The request got an HTTP answer (`info` from its headers) or none (`null`: it may have been
   * counted upstream, so the pacer assumes it was). `waitMs`: a 429 asked to wait this long.
   */
  release(info: RateLimitInfo | null, waitMs?: number): void;
  /** The request was not sent after all. */
  cancel(): void;
  /** How long the pacer held the request before granting it (0: granted at once). */
  readonly heldMs: number;
}

/** The budget is spent and will not be back before the caller's deadline. */
export class BudgetExhaustedError extends Error {
  constructor(
    readonly limitName: string,
    /** Seconds until the budget is expected back (at least 1). */
    readonly retryAfterSeconds: number,
  ) {
    super(`rate-limit budget ${limitName} is spent; back in ${retryAfterSeconds} s`);
    this.name = 'BudgetExhaustedError';
  }
}

interface Budget {
  name: string;
  state: 'unknown' | 'unlimited' | 'known';
  limit: number | null;
  periodMs: number | null;
  remaining: number;
  /** Wall time (ms) the current period ends; meaningful when `state` is `known`. */
  resetAt: number;
  inFlight: number;
  /** Send times (wall ms) within the last `period + slack`, oldest first. */
  sent: number[];
  /** Known from the provider's documentation only: the first reading replaces it. */
  documented: boolean;
}

interface Waiter {
  key: PacerKey;
  /** When it asked (wall ms). */
  askedAt: number;
  deadline: number;
  resolve: (permit: Permit) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout | null;
  timerAt: number;
}

export interface RateLimitPacerOptions {
  /** Wall clock in ms. Defaults to `Date.now`. */
  now?: () => number;
  /** Margin for network jitter added to the period when spacing the pacer's own sends. Defaults to 250 ms. */
  slackMs?: number;
  /**
   * The share of every budget this pacer may use, in (0, 1]: 1/N when N processes draw on the same
   * budgets. Defaults to 1.
   */
  budgetShare?: number;
  /**
   * Budgets kept at most (one per credentials scope and budget name). Past it, the least recently
   * used idle ones (nothing in flight or waiting) are forgotten: such a budget is learned again from
   * the next answer, at worst after one 429. Defaults to 1024.
   */
  maxBudgets?: number;
  /** Called with every reading of a named budget (as the upstream announced it, not scaled). */
  onReading?: (event: { provider: string; limitName: string; remaining: number | null; limit: number | null }) => void;
  /**
   * The budget the provider documents for a request (its budget, shared by every endpoint of the
   * provider it counts; `unlimited`; or null: nothing documented). Defaults to nothing documented.
   */
  documented?: (key: PacerKey) => DocumentedBudget;
}

/** The name of the budget a provider documents, until the upstream names it. */
const DOCUMENTED = 'documented';

/** See the module comment. One per {@link UpstreamHttp}. */
export class RateLimitPacer {
  private readonly budgets = new Map<string, Budget>();
  /** provider|endpoint -> last budget name seen on its answers. */
  private readonly names = new Map<string, string>();
  private readonly waiters: Waiter[] = [];
  private readonly now: () => number;
  private readonly slackMs: number;
  private readonly onReading: NonNullable<RateLimitPacerOptions['onReading']>;
  private readonly documented: NonNullable<RateLimitPacerOptions['documented']>;
  private readonly budgetShare: number;
  private readonly maxBudgets: number;

  constructor(options: RateLimitPacerOptions = {}) {
    this.maxBudgets = options.maxBudgets ?? 1024;
    if (!(Number.isInteger(this.maxBudgets) && this.maxBudgets >= 1)) {
      throw new RangeError(`maxBudgets must be an integer >= 1, but got: ${this.maxBudgets}`);
    }
    this.now = options.now ?? Date.now;
    this.slackMs = options.slackMs ?? 250;
    this.onReading = options.onReading ?? (() => {});
    this.documented = options.documented ?? (() => null);
    const share = options.budgetShare ?? 1;
    if (!(share > 0 && share <= 1)) throw new RangeError(`budgetShare must be in (0, 1], but got: ${share}`);
    this.budgetShare = share;
  }

  /** This pacer's share of an announced count (rounded down, never below `min`). */
  private shareOf(count: number, min: number): number {
    return this.budgetShare === 1 ? count : Math.max(min, Math.floor(count * this.budgetShare));
  }

  /**
   * How many more requests the budget `key` draws on allows right now (what is left less what is in
   * flight, within the own-sends rule): `Infinity` when it is unlimited, null while it is unknown.
   */
  headroom(key: PacerKey): number | null {
    const b = this.budgetOf(key);
    const now = this.now();
    this.roll(b, now);
    if (b.state === 'unlimited') return Number.POSITIVE_INFINITY;
    if (b.state === 'unknown') return null;
    let left = Math.max(0, b.remaining - b.inFlight);
    if (b.limit !== null && this.ownSendsAllowAt(b, now) !== null) left = Math.min(left, b.limit - b.sent.length);
    return Math.max(0, left);
  }

  /**
   * Resolves with a permit as soon as the budget allows one more request. Rejects at once with
   * {@link BudgetExhaustedError} when the budget is known to be back only after `deadline` (wall ms),
   * and at the deadline when it is still waiting then.
   */
  acquire(key: PacerKey, deadline: number): Promise<Permit> {
    const budget = this.budgetOf(key);
    const now = this.now();
    if (this.waiters.length === 0 && this.tryTake(budget, now)) return Promise.resolve(this.permit(key, budget, now));
    return new Promise<Permit>((resolve, reject) => {
      const waiter: Waiter = { key, askedAt: now, deadline, resolve, reject, timer: null, timerAt: 0 };
      this.waiters.push(waiter);
      this.pump();
    });
  }

  /** The budget's name: as the upstream named it, else the documented budget, else the endpoint's own. */
  private budgetName(key: PacerKey): string {
    const learned = this.names.get(`${key.provider}|${key.endpoint}`);
    if (learned !== undefined) return learned;
    const documented = this.documented(key);
    return documented !== null && documented !== 'unlimited' ? DOCUMENTED : `endpoint:${key.endpoint}`;
  }

  private budgetOf(key: PacerKey, name?: string): Budget {
    const provisional = name === undefined && !this.names.has(`${key.provider}|${key.endpoint}`);
    const budgetName = name ?? this.budgetName(key);
    const id = `${key.provider}|${key.scope}|${budgetName}`;
    let budget = this.budgets.get(id);
    if (budget) {
      // Least recently used first: the map's order is the order of last use.
      this.budgets.delete(id);
      this.budgets.set(id, budget);
    } else {
      if (this.budgets.size >= this.maxBudgets) this.forgetIdle();
      budget = {
        name: budgetName,
        state: 'unknown',
        limit: null,
        periodMs: null,
        remaining: 0,
        resetAt: 0,
        inFlight: 0,
        sent: [],
        documented: false,
      };
      // Before the upstream named it, a budget starts from what the provider documents, if anything.
      const documented = provisional ? this.documented(key) : null;
      if (documented === 'unlimited') budget.state = 'unlimited';
      else if (documented !== null) {
        Object.assign(budget, {
          state: 'known',
          limit: this.shareOf(documented.limit, 1),
          periodMs: documented.periodSeconds * 1000,
          remaining: this.shareOf(documented.limit, 1),
          resetAt: this.now() + documented.periodSeconds * 1000,
          documented: true,
        });
      }
      this.budgets.set(id, budget);
    }
    return budget;
  }

  /** Budgets kept (for tests and metrics). */
  get size(): number {
    return this.budgets.size;
  }

  /**
   * Forgets the least recently used budgets that nothing is in flight on or waiting for, until a
   * quarter of the bound is free (so forgetting is rare and its cost is spread over many new budgets).
   */
  private forgetIdle(): void {
    const waiting = new Set(this.waiters.map((w) => `${w.key.provider}|${w.key.scope}`));
    const target = Math.floor((this.maxBudgets * 3) / 4);
    for (const [id, b] of this.budgets) {
      if (this.budgets.size <= target) break;
      if (b.inFlight > 0) continue;
      const [provider, scope] = id.split('|');
      if (waiting.has(`${provider}|${scope}`)) continue;
      this.budgets.delete(id);
    }
  }

  /** Starts a new period when the current one is over. */
  private roll(b: Budget, now: number): void {
    if (b.state !== 'known' || now < b.resetAt) return;
    if (b.limit !== null && b.periodMs !== null && b.periodMs > 0) {
      b.remaining = b.limit;
      b.resetAt += (Math.floor((now - b.resetAt) / b.periodMs) + 1) * b.periodMs;
    } else {
      b.state = 'unknown';
    }
  }

  /** When the pacer's own sends allow one more (now or later); null when they do not limit it. */
  private ownSendsAllowAt(b: Budget, now: number): number | null {
    if (b.limit === null || b.periodMs === null) return null;
    const span = b.periodMs + this.slackMs;
    while (b.sent.length > 0 && (b.sent[0] as number) <= now - span) b.sent.shift();
    return b.sent.length < b.limit ? now : (b.sent[b.sent.length - b.limit] as number) + span;
  }

  private tryTake(b: Budget, now: number): boolean {
    this.roll(b, now);
    let free: boolean;
    if (b.state === 'unlimited') free = true;
    else if (b.state === 'unknown') free = b.inFlight === 0;
    else free = b.remaining - b.inFlight > 0 && (this.ownSendsAllowAt(b, now) ?? now) <= now;
    if (free) {
      b.inFlight += 1;
      if (b.state === 'known') b.sent.push(now);
    }
    return free;
  }

  /** When a blocked budget may allow a request again; null: when a request in flight answers. */
  private freeAt(b: Budget, now: number): number | null {
    if (b.state !== 'known') return null;
    // Spent by the documentation's count alone: the answers in flight will tell the real budget.
    if (b.documented && b.inFlight > 0) return null;
    const byCount = b.remaining - b.inFlight > 0 ? now : b.resetAt;
    return Math.max(byCount, this.ownSendsAllowAt(b, now) ?? now);
  }

  private permit(key: PacerKey, budget: Budget, sentAt: number, heldMs = 0): Permit {
    let done = false;
    return {
      heldMs,
      release: (info, waitMs) => {
        if (done) return;
        done = true;
        budget.inFlight -= 1;
        this.learn(key, budget, sentAt, info, waitMs);
        this.pump();
      },
      cancel: () => {
        if (done) return;
        done = true;
        budget.inFlight -= 1;
        this.pump();
      },
    };
  }

  private learn(
    key: PacerKey,
    sent: Budget,
    sentAt: number,
    info: RateLimitInfo | null,
    waitMs: number | undefined,
  ): void {
    const now = this.now();
    if (info === null) {
      // No answer: the upstream may have counted it anyway.
      if (sent.state === 'known') sent.remaining = Math.max(0, sent.remaining - 1);
      return;
    }
    let b = sent;
    if (info.name !== null && info.name !== '') {
      this.names.set(`${key.provider}|${key.endpoint}`, info.name);
      const named = `${key.provider}|${key.scope}|${info.name}`;
      if (sent.documented && sent.name !== info.name && !this.budgets.has(named)) {
        // The documented budget is the one the upstream names: it keeps what it counted in flight.
        this.budgets.delete(`${key.provider}|${key.scope}|${sent.name}`);
        sent.name = info.name;
        this.budgets.set(named, sent);
      }
      b = this.budgetOf(key, info.name);
      // A probe sent on the endpoint's provisional budget counts against the named one.
      if (b !== sent) {
        b.sent.push(sentAt);
        b.sent.sort((x, y) => x - y);
      }
      this.onReading({ provider: key.provider, limitName: info.name, remaining: info.remaining, limit: info.limit });
    }
    const said = info.limit !== null || info.remaining !== null || info.resetSeconds !== null;
    if (!said && waitMs === undefined) {
      if (b.state === 'unknown') b.state = 'unlimited';
      return;
    }
    if (info.limit !== null) b.limit = this.shareOf(info.limit, 1);
    // An upstream that reports what is left but not its limit (the limit then comes from the
    // documentation) has at least what is left plus the answered request: a documented limit that
    // says less was understated.
    else if (b.limit !== null && info.remaining !== null)
      b.limit = Math.max(b.limit, this.shareOf(info.remaining, 0) + 1);
    if (info.periodSeconds !== null) b.periodMs = info.periodSeconds * 1000;
    if (waitMs !== undefined) {
      // A 429 is the upstream's own word on when to come back: it replaces the estimate.
      b.documented = false;
      b.state = 'known';
      b.remaining = 0;
      b.resetAt = now + waitMs;
      return;
    }
    if (info.remaining !== null && info.resetSeconds !== null) {
      const remaining = this.shareOf(info.remaining, 0);
      const resetAt = now + info.resetSeconds * 1000;
      // The first reading of a documented budget replaces the documentation's guess at its period.
      const newPeriod =
        b.documented ||
        b.state !== 'known' ||
        now >= b.resetAt ||
        resetAt - b.resetAt > Math.max(1500, (b.periodMs ?? 0) / 2);
      b.documented = false;
      if (newPeriod) {
        b.state = 'known';
        b.remaining = remaining;
        b.resetAt = resetAt;
      } else {
        // Answers may arrive out of order: within a period, the lowest count and latest end win.
        b.remaining = Math.min(b.remaining, remaining);
        b.resetAt = Math.max(b.resetAt, resetAt);
      }
    }
  }

  /** Grants what can be granted, in arrival order; fails waiters that cannot make their deadline. */
  private pump(): void {
    const now = this.now();
    for (let i = 0; i < this.waiters.length;) {
      const w = this.waiters[i] as Waiter;
      const budget = this.budgetOf(w.key);
      if (this.tryTake(budget, now)) {
        this.waiters.splice(i, 1);
        if (w.timer) clearTimeout(w.timer);
        w.resolve(this.permit(w.key, budget, now, now - w.askedAt));
        continue;
      }
      // A known budget tells when it is back; an unknown one is back when its probe answers.
      const until = this.freeAt(budget, now);
      if ((until !== null && until > w.deadline) || now >= w.deadline) {
        this.waiters.splice(i, 1);
        if (w.timer) clearTimeout(w.timer);
        // Rounded: the own-sends rule adds a jitter margin of a fraction of a second to the period.
        const seconds = until === null ? 1 : Math.max(1, Math.round((until - now) / 1000));
        w.reject(new BudgetExhaustedError(budget.name, seconds));
        continue;
      }
      const wakeAt = Math.min(until ?? w.deadline, w.deadline);
      if (w.timer === null || w.timerAt !== wakeAt) {
        if (w.timer) clearTimeout(w.timer);
        w.timerAt = wakeAt;
        w.timer = setTimeout(
          () => {
            w.timer = null;
            this.pump();
          },
          Math.max(0, wakeAt - now),
        );
      }
      i += 1;
    }
  }
}
