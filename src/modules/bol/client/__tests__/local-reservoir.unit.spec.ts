import { ManualClock } from "../../__tests__/manual-clock"
import { LocalReservoir } from "../reservoirs"

describe("LocalReservoir on a manual clock", () => {
  let clock: ManualClock
  let reservoir: LocalReservoir

  beforeEach(async () => {
    clock = new ManualClock(1_000)
    reservoir = new LocalReservoir(100, 3, 0, clock)
    await reservoir.add(-3) // empty
  })
  afterEach(() => reservoir.close())

  it("credits whole intervals from its anchor, up to the ceiling", async () => {
    await clock.advance(99)
    expect(await reservoir.current()).toBe(0)
    expect(await reservoir.msUntilNextCredit()).toBe(1)
    await clock.advance(151)
    expect(await reservoir.current()).toBe(2)
    expect(await reservoir.msUntilNextCredit()).toBe(50)
    await clock.advance(10_000)
    expect(await reservoir.current()).toBe(3)
  })

  it("takes only whole requests, and credits a reservoir lowered below zero back up step by step", async () => {
    expect(await reservoir.take()).toBe("empty")
    await reservoir.add(-2)
    await clock.advance(200)
    expect(await reservoir.current()).toBe(0)
    expect(await reservoir.take()).toBe("empty")
    await clock.advance(100)
    expect(await reservoir.take()).toBe("taken")
    expect(await reservoir.current()).toBe(0)
  })

  it("spaces requests by minTime", async () => {
    const spaced = new LocalReservoir(100, 3, 100, clock)
    expect(await spaced.take()).toBe("taken")
    expect(await spaced.take()).toBe("empty")
    await clock.advance(100)
    expect(await spaced.take()).toBe("taken")
    await spaced.close()
  })

  it("lets waiting callers through in order, one per credit, with no timer left once none waits", async () => {
    const order: number[] = []
    const done = Promise.all([1, 2, 3].map((n) => reservoir.schedule(async () => void order.push(n))))
    await clock.advance(0)
    expect(order).toEqual([])
    await clock.advance(100)
    expect(order).toEqual([1])
    await clock.advance(200)
    await done
    expect(order).toEqual([1, 2, 3])
    expect(await reservoir.current()).toBe(0)
    await clock.advance(300)
    expect(await reservoir.current()).toBe(3)
  })

  it("refuses the callers still waiting when closed", async () => {
    const waiting = reservoir.schedule(async () => "ran")
    await clock.advance(10)
    await reservoir.close()
    await expect(waiting).rejects.toThrow("closed")
  })
})
