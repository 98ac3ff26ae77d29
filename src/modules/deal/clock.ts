import { MedusaError } from "@medusajs/framework/utils"

/**
 * The deals' clock: the database's `now()`, so that every server decides
 * expiry alike whatever its own clock or time zone. Tests move it forward
 * with `advance` instead of sleeping; nothing else does.
 */
export class DealClock {
  private offsetMs = 0

  /** The SQL expression for "now" on this clock. */
  get sql(): string {
    return this.offsetMs === 0 ? "now()" : `(now() + interval '${Math.trunc(this.offsetMs)} milliseconds')`
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `advance takes milliseconds (got ${ms})`)
    this.offsetMs += ms
  }

  reset(): void {
    this.offsetMs = 0
  }
}
