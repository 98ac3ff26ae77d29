import Redis from "ioredis"
import { ManualClock } from "../../__tests__/manual-clock"
import { LocalWakePacer, RedisWakePacer, type WakePacer } from "../wake-pacer"

const REDIS_URL = process.env.BAZAAR_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
const START = Date.parse("2026-01-15T12:00:00Z")
const request = { key: "client:shipmentDetail", retryInMs: 100, intervalMs: 10 }

let run = 0

// Both pacers read a manual clock, so the delays are exact however slow the machine or Redis is.
describe.each([
  ["in memory", (clock: ManualClock) => ({ pacer: new LocalWakePacer(clock) as WakePacer, close: async () => undefined })],
  [
    "in Redis",
    (clock: ManualClock) => {
      const redis = new Redis(REDIS_URL)
      const prefix = `bazaar-test:wake:${process.pid}:${run++}`
      return {
        pacer: new RedisWakePacer(redis, prefix, clock) as WakePacer,
        close: async () => {
          const keys = await redis.keys(`${prefix}*`)
          if (keys.length) await redis.del(...keys)
          await redis.quit()
        },
      }
    },
  ],
])("wake pacer %s", (_, make) => {
  let clock: ManualClock
  let subject: ReturnType<typeof make>
  beforeEach(() => {
    clock = new ManualClock(START)
    subject = make(clock)
  })
  afterEach(() => subject.close())

  it("queues refused units one after another at the refill interval, a place per request wanted", async () => {
    // first: the next credit; second: 5 credits later (its last one); third: right after.
    expect(await subject.pacer.reserve({ ...request, slots: 1 })).toBe(100)
    expect(await subject.pacer.reserve({ ...request, slots: 5 })).toBe(150)
    expect(await subject.pacer.reserve({ ...request, slots: 1 })).toBe(160)
  })

  it("counts the queue from the time of each reservation", async () => {
    expect(await subject.pacer.reserve({ ...request, slots: 1 })).toBe(100)
    await clock.advance(40)
    // The queue ends at +110 from the start, 70 from now.
    expect(await subject.pacer.reserve({ ...request, retryInMs: 0, slots: 1 })).toBe(70)
    await clock.advance(1_000)
    // Long past the queue: only the limiter's hint counts.
    expect(await subject.pacer.reserve({ ...request, retryInMs: 5, slots: 3 })).toBe(25)
  })

  it("never wakes a unit before the limiter's hint, and keeps budgets apart", async () => {
    expect(await subject.pacer.reserve({ ...request, slots: 25 })).toBe(340)
    expect(await subject.pacer.reserve({ ...request, key: "client:shipmentsList", retryInMs: 30, slots: 1 })).toBe(30)
    expect(await subject.pacer.reserve({ ...request, retryInMs: 10_000, slots: 1 })).toBe(10_000)
  })

  it("takes at least one slot, and rounds a fractional interval up", async () => {
    expect(await subject.pacer.reserve({ ...request, slots: 0 })).toBe(100)
    expect(await subject.pacer.reserve({ ...request, key: "other", intervalMs: 2.5, slots: 2 })).toBe(103)
  })
})
