import type Bottleneck from "bottleneck"
import { systemClock, type Clock } from "./clock"

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
  private cancelTimer?: () => void
  private settling?: Promise<void>

  constructor(
    private readonly limiter: Bottleneck,
    private intervalMs: number,
    private maximum: number,
    private readonly clock: Clock = systemClock
  ) {
    this.anchor = clock.now()
  }

  /** Starts crediting in the background (every period, until `stop`), so that queued `schedule()` jobs drain. */
  start(): void {
    this.stop()
    const period = Math.min(250, Math.max(10, this.intervalMs))
    const tick = () => {
      this.cancelTimer = this.clock.setTimer(tick, period, { unref: true })
      void this.settle().catch(() => undefined)
    }
    this.cancelTimer = this.clock.setTimer(tick, period, { unref: true })
  }

  stop(): void {
    this.cancelTimer?.()
    this.cancelTimer = undefined
  }

  /**
   * Credits the intervals that have passed since the anchor (capped at the
   * maximum). A caller that comes while another settle is under way waits
   * for it, so that it never reads the reservoir before a due credit lands.
   */
  async settle(): Promise<void> {
    while (this.settling) {
      await this.settling.catch(() => undefined)
    }
    const due = Math.floor((this.clock.now() - this.anchor) / this.intervalMs)
    if (due <= 0) {
      return
    }
    // Move the anchor before awaiting, so concurrent settles never credit twice.
    this.anchor += due * this.intervalMs
    const settling = this.credit(due)
    this.settling = settling
    try {
      await settling
    } finally {
      if (this.settling === settling) {
        this.settling = undefined
      }
    }
  }

  private async credit(due: number): Promise<void> {
    const current = (await this.limiter.currentReservoir()) ?? 0
    const credit = Math.min(due, this.maximum - current)
    if (credit > 0) {
      await this.limiter.incrementReservoir(credit)
    }
  }

  /** Milliseconds until the next interval is credited. */
  msUntilNextCredit(): number {
    return Math.max(0, this.anchor + this.intervalMs - this.clock.now())
  }

  reconfigure(intervalMs: number, maximum: number): void {
    this.intervalMs = intervalMs
    this.maximum = maximum
    this.start()
  }
}
