import { BolSimulatorError } from "./errors"

/**
 * The simulator's clock. It runs with real time from `startTime` (default:
 * the real now) and can be moved forward by tests. Token expiry, rate-limit
 * refills, the 3-month shipment window, the 48-hour order window, transport
 * events and process statuses all read this clock.
 */
export type SimClock = {
  /** Simulated epoch milliseconds. */
  now(): number
  /** Moves the clock forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void
  /** Sets the clock to an absolute epoch-milliseconds value. */
  set(epochMs: number): void
  /** Stops real time from moving the clock; only advance/set move it. */
  freeze(): void
  /** Lets real time move the clock again. */
  unfreeze(): void
  readonly frozen: boolean
}

export function toEpochMs(value: number | string | Date): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : value
  if (!Number.isFinite(ms)) {
    throw new BolSimulatorError(`bol simulator: invalid time ${String(value)}`)
  }
  return ms
}

export function createClock(options: { startTime?: number | string | Date; frozen?: boolean } = {}): SimClock {
  let simAnchor = options.startTime === undefined ? Date.now() : toEpochMs(options.startTime)
  let realAnchor = Date.now()
  let frozen = options.frozen ?? false

  const now = () => (frozen ? simAnchor : simAnchor + (Date.now() - realAnchor))

  return {
    now,
    advance(ms: number) {
      simAnchor += ms
    },
    set(epochMs: number) {
      simAnchor = epochMs
      realAnchor = Date.now()
    },
    freeze() {
      simAnchor = now()
      frozen = true
    },
    unfreeze() {
      realAnchor = Date.now()
      frozen = false
    },
    get frozen() {
      return frozen
    },
  }
}
