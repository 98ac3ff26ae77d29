import Bottleneck from "bottleneck"
import { ManualClock } from "../../__tests__/manual-clock"
import { AnchoredRefill } from "../anchored-refill"

describe("AnchoredRefill on a manual clock", () => {
  let limiter: Bottleneck
  let clock: ManualClock
  let refill: AnchoredRefill

  beforeEach(() => {
    limiter = new Bottleneck({ reservoir: 0 })
    clock = new ManualClock(1_000)
    refill = new AnchoredRefill(limiter, 100, 3, clock)
  })
  afterEach(async () => {
    refill.stop()
    await limiter.stop({ dropWaitingJobs: true })
  })

  it("credits whole intervals from its anchor, up to the maximum", async () => {
    await clock.advance(99)
    await refill.settle()
    expect(await limiter.currentReservoir()).toBe(0)
    expect(refill.msUntilNextCredit()).toBe(1)
    await clock.advance(151)
    await refill.settle()
    expect(await limiter.currentReservoir()).toBe(2)
    expect(refill.msUntilNextCredit()).toBe(50)
    await clock.advance(10_000)
    await refill.settle()
    expect(await limiter.currentReservoir()).toBe(3)
  })

  it("settles in the background every interval while started, on the clock's timers", async () => {
    const settle = jest.spyOn(refill, "settle")
    refill.start()
    await clock.advance(300)
    expect(settle).toHaveBeenCalledTimes(3)
    await refill.settle() // waits for the background one under way
    expect(await limiter.currentReservoir()).toBe(3)
    refill.stop()
    await clock.advance(300)
    expect(settle).toHaveBeenCalledTimes(4)
  })

  it("makes a settle that comes during another wait for its credit", async () => {
    await clock.advance(100)
    const first = refill.settle()
    const second = refill.settle()
    await second
    expect(await limiter.currentReservoir()).toBe(1)
    await first
    expect(await limiter.currentReservoir()).toBe(1)
  })
})
