/**
 * Slows down guessing of pairing codes: the pair route is open (a tablet has no credentials
 * yet), so each client address gets a few wrong codes per window. A right code is never
 * refused. In memory, per process: behind several instances an attacker gains a factor of the
 * instance count, still far from guessing 40-bit codes that live 24 hours.
 */
export class PairThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly maxFailures = 10,
    readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before trying again, or 0 when this address may try now. */
  retryAfterSeconds(address: string): number {
    const entry = this.failures.get(address);
    if (!entry || entry.resetAt <= this.now()) return 0;
    return entry.count >= this.maxFailures ? Math.ceil((entry.resetAt - this.now()) / 1000) : 0;
  }

  recordFailure(address: string): void {
    const now = this.now();
    const entry = this.failures.get(address);
    if (!entry || entry.resetAt <= now) {
      this.failures.set(address, { count: 1, resetAt: now + this.windowMs });
      this.sweep(now);
    } else {
      entry.count += 1;
    }
  }

  /** Drops expired entries so the map cannot grow without bound. */
  private sweep(now: number): void {
    if (this.failures.size < 10_000) return;
    for (const [address, entry] of this.failures) {
      if (entry.resetAt <= now) this.failures.delete(address);
    }
  }
}
