/**
 * Wrong pairing codes, counted per minute: per address (one device guessing) and in all (many
 * addresses guessing, or one changing its address). Past either limit every attempt is refused
 * until the minute is over, the right code too, so guessing gains nothing by going faster; and the
 * audit gets one entry per address and minute once it is limited, so a flood cannot fill the file.
 */
export interface AttemptLimits {
  perAddress: number;
  total: number;
  windowMs: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { perAddress: 5, total: 30, windowMs: 60_000 };

export class AttemptLimiter {
  private windowStart = 0;
  private total = 0;
  private readonly byAddress = new Map<string, number>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {}

  private roll(): void {
    const now = this.clock();
    if (now - this.windowStart < this.limits.windowMs) return;
    this.windowStart = now;
    this.total = 0;
    this.byAddress.clear();
    this.reported.clear();
  }

  /** Whether `address` may try a code now. */
  allowed(address: string): boolean {
    this.roll();
    return this.total < this.limits.total && (this.byAddress.get(address) ?? 0) < this.limits.perAddress;
  }

  /** A wrong code from `address`. */
  failed(address: string): void {
    this.roll();
    this.total++;
    this.byAddress.set(address, (this.byAddress.get(address) ?? 0) + 1);
  }

  /** True the first time in this window that `address` is refused for the limit: that one is audited. */
  firstRefusal(address: string): boolean {
    if (this.reported.has(address)) return false;
    this.reported.add(address);
    return true;
  }
}
