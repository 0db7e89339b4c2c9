/**
 * Slows down guessing of pairing codes without ever refusing a right one (issue 10, item 7).
 *
 * The pair route is open (a tablet has no credentials yet). Refusing an address after a few
 * wrong codes also refused the clerk who mistyped ten times and then typed the right code, or
 * the office tablet behind the same NAT as the one guessing. So instead, once an address has
 * `maxFailures` wrong codes in the window, each further attempt from it is *checked late*: it
 * waits `baseDelayMs`, doubling with every further failure up to `maxDelayMs`, and only one
 * such attempt per address is in flight at a time (a second one at once is refused with 429,
 * so parallel connections buy nothing). A client that sends one code at a time is never
 * refused: a right code pairs, only later.
 *
 * What it bounds: a throttled address tries at most one code per `maxDelayMs` (2 a minute at
 * 30 s). Pairing codes are 40 random bits and live 24 hours, so even 10,000 addresses at that
 * pace (29 million tries a day) hit a given live code with a chance of about 3 in 100,000.
 * Codes carry no kiosk identifier, so a wrong code cannot be counted against "its" kiosk: the
 * address is the only key. In memory, per process: several instances multiply the pace by
 * their number.
 */
export interface PairThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

export type PairAdmission =
  | { kind: 'now' }
  | { kind: 'later'; delayMs: number; release: () => void }
  | { kind: 'busy'; retryAfterSeconds: number };

interface Entry {
  count: number;
  resetAt: number;
  isInFlight: boolean;
}

export class PairThrottle {
  private readonly failures = new Map<string, Entry>();
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  private readonly now: () => number;

  constructor(options: PairThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
    this.baseDelayMs = options.baseDelayMs ?? 2_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether this address's attempt is checked now, after a delay, or refused as a parallel one. */
  admit(address: string): PairAdmission {
    const entry = this.live(address);
    if (!entry || entry.count < this.maxFailures) return { kind: 'now' };
    const delayMs = Math.min(
      this.maxDelayMs,
      this.baseDelayMs * 2 ** Math.min(30, entry.count - this.maxFailures),
    );
    if (entry.isInFlight) return { kind: 'busy', retryAfterSeconds: Math.ceil(delayMs / 1000) };
    entry.isInFlight = true;
    return {
      kind: 'later',
      delayMs,
      release: () => {
        entry.isInFlight = false;
      },
    };
  }

  recordFailure(address: string): void {
    const now = this.now();
    const entry = this.live(address);
    if (!entry) {
      this.failures.set(address, { count: 1, resetAt: now + this.windowMs, isInFlight: false });
      this.sweep(now);
    } else {
      entry.count += 1;
    }
  }

  private live(address: string): Entry | undefined {
    const entry = this.failures.get(address);
    if (entry && entry.resetAt <= this.now() && !entry.isInFlight) {
      this.failures.delete(address);
      return undefined;
    }
    return entry;
  }

  /** Drops expired entries so the map cannot grow without bound. */
  private sweep(now: number): void {
    if (this.failures.size < 10_000) return;
    for (const [address, entry] of this.failures) {
      if (entry.resetAt <= now && !entry.isInFlight) this.failures.delete(address);
    }
  }
}
