import type Bottleneck from "bottleneck"

/**
 * Token-bucket refill for an in-process Bottleneck limiter: one request every
 * `intervalMs`, up to `maximum`, credited for whole intervals counted from a
 * fixed anchor.
 *
 * Bottleneck's own `reservoirIncreaseInterval` does this exactly in Redis (its
 * Lua script advances the anchor by whole intervals), but its in-process
 * datastore restarts the interval at each heartbeat that fires late, so it
 * runs measurably below the nominal rate. This timer keeps the in-process
 * limiter on the same schedule as the clustered one.
 */
export class AnchoredRefill {
  private anchor: number
  private timer?: NodeJS.Timeout

  constructor(
    private readonly limiter: Bottleneck,
    private intervalMs: number,
    private maximum: number,
    private readonly now: () => number = Date.now
  ) {
    this.anchor = now()
  }

  /** Starts crediting in the background, so that queued `schedule()` jobs drain. */
  start(): void {
    this.stop()
    const period = Math.min(250, Math.max(10, this.intervalMs))
    this.timer = setInterval(() => void this.settle().catch(() => undefined), period)
    this.timer.unref?.()
  }

  stop(): void {
    if (this.timer) {
      clearInterval(this.timer)
      this.timer = undefined
    }
  }

  /** Credits the intervals that have passed since the anchor (capped at the maximum). */
  async settle(): Promise<void> {
    const due = Math.floor((this.now() - this.anchor) / this.intervalMs)
    if (due <= 0) {
      return
    }
    // Move the anchor before awaiting, so concurrent settles never credit twice.
    this.anchor += due * this.intervalMs
    const current = (await this.limiter.currentReservoir()) ?? 0
    const credit = Math.min(due, this.maximum - current)
    if (credit > 0) {
      await this.limiter.incrementReservoir(credit)
    }
  }

  /** Milliseconds until the next interval is credited. */
  msUntilNextCredit(): number {
    return Math.max(0, this.anchor + this.intervalMs - this.now())
  }

  reconfigure(intervalMs: number, maximum: number): void {
    this.intervalMs = intervalMs
    this.maximum = maximum
    this.start()
  }
}
