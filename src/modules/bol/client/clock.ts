/**
 * Time as a dependency. Every unit that reads the time or waits takes a
 * `Clock` (default: `systemClock`, the real one), so that tests can pass a
 * manual clock and assert exact values instead of wall-clock gaps.
 *
 * A leaf: imports nothing.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** Resolves after `ms` milliseconds (at once for 0 or less). */
  sleep(ms: number): Promise<void>
  /**
   * Calls `fn` after `ms` milliseconds unless the returned function is called
   * first. `unref`: the timer alone does not keep the process alive.
   */
  setTimer(fn: () => void, ms: number, options?: { unref?: boolean }): () => void
}

/** The real clock: `Date.now` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  setTimer(fn, ms, options) {
    const timer = setTimeout(fn, Math.max(0, ms))
    if (options?.unref) {
      timer.unref?.()
    }
    return () => clearTimeout(timer)
  },
}
