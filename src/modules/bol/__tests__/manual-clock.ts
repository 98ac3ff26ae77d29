import type { Clock } from "../client/clock"

type Timer = { at: number; seq: number; fire: () => void }

/**
 * A clock for tests: time moves only when the test says so, so a test asserts
 * exact values however slow the machine is.
 *
 * - `advance(ms)` moves time forward, firing the timers and sleeps that fall due.
 * - `run(tasks)` runs tasks concurrently as a discrete-event simulation: time
 *   stands still while any task works (awaits I/O, a promise, a request) and
 *   jumps to the next timer only when every task is asleep on this clock.
 */
export class ManualClock implements Clock {
  private current: number
  private timers: Timer[] = []
  private seq = 0
  private sleeping = 0
  private running = 0
  private stepQueued = false
  private readonly listeners: ((ms: number) => void)[] = []

  constructor(start = 0) {
    this.current = start
  }

  now(): number {
    return this.current
  }

  /** Calls `listener` with each step forward (e.g. to move a simulator's clock along). */
  onAdvance(listener: (ms: number) => void): this {
    this.listeners.push(listener)
    return this
  }

  setTimer(fn: () => void, ms: number, _options?: { unref?: boolean }): () => void {
    const timer: Timer = { at: this.current + Math.max(0, ms), seq: this.seq++, fire: fn }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((candidate) => candidate !== timer)
    }
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.sleeping += 1
      this.setTimer(() => {
        this.sleeping -= 1
        resolve()
      }, ms)
      this.queueStep()
    })
  }

  /** Moves time forward by `ms`, firing what falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms
    for (let next = this.earliest(); next && next.at <= target; next = this.earliest()) {
      this.fireAt(next.at)
      await settle()
    }
    this.moveTo(target)
  }

  /** Runs `tasks` together; time jumps to the next timer whenever all of them sleep on this clock. */
  async run<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
    this.running += tasks.length
    return Promise.all(
      tasks.map(async (task) => {
        try {
          return await task()
        } finally {
          this.running -= 1
          this.queueStep()
        }
      })
    )
  }

  /** Steps once everything that is not asleep on this clock has had its turn. */
  private queueStep(): void {
    if (this.stepQueued || this.running === 0) {
      return
    }
    this.stepQueued = true
    setImmediate(() => {
      this.stepQueued = false
      const next = this.earliest()
      if (this.running > 0 && this.sleeping === this.running && next) {
        this.fireAt(next.at)
      }
    })
  }

  private earliest(): Timer | undefined {
    let found: Timer | undefined
    for (const timer of this.timers) {
      if (!found || timer.at < found.at || (timer.at === found.at && timer.seq < found.seq)) {
        found = timer
      }
    }
    return found
  }

  /** Moves to `at` and fires every timer due by then, oldest first. */
  private fireAt(at: number): void {
    this.moveTo(at)
    const due = this.timers.filter((timer) => timer.at <= this.current).sort((a, b) => a.at - b.at || a.seq - b.seq)
    this.timers = this.timers.filter((timer) => timer.at > this.current)
    for (const timer of due) {
      timer.fire()
    }
  }

  private moveTo(at: number): void {
    if (at > this.current) {
      const step = at - this.current
      this.current = at
      for (const listener of this.listeners) {
        listener(step)
      }
    }
  }
}

/** Lets pending promise callbacks and I/O callbacks run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
