import Redis from "ioredis"
import { LocalWakePacer, RedisWakePacer, type WakePacer } from "../wake-pacer"

const REDIS_URL = process.env.BAZAAR_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
const request = { key: "client:shipmentDetail", retryInMs: 100, intervalMs: 10 }

describe.each([
  ["in memory", () => ({ pacer: new LocalWakePacer() as WakePacer, close: async () => undefined })],
  [
    "in Redis",
    () => {
      const redis = new Redis(REDIS_URL)
      const prefix = `bazaar-test:wake:${process.pid}:${Date.now()}`
      return {
        pacer: new RedisWakePacer(redis, prefix) as WakePacer,
        close: async () => {
          const keys = await redis.keys(`${prefix}*`)
          if (keys.length) await redis.del(...keys)
          await redis.quit()
        },
      }
    },
  ],
])("wake pacer %s", (_, make) => {
  let subject: ReturnType<typeof make>
  beforeEach(() => {
    subject = make()
  })
  afterEach(() => subject.close())

  it("queues refused units one after another at the refill interval, a place per request wanted", async () => {
    const first = await subject.pacer.reserve({ ...request, slots: 1 })
    const second = await subject.pacer.reserve({ ...request, slots: 5 })
    const third = await subject.pacer.reserve({ ...request, slots: 1 })
    // first: the next credit; second: 5 credits later (its last one); third: right after.
    expect(first).toBeGreaterThanOrEqual(95)
    expect(first).toBeLessThanOrEqual(105)
    expect(second - first).toBeGreaterThanOrEqual(48)
    expect(second - first).toBeLessThanOrEqual(52)
    expect(third - second).toBeGreaterThanOrEqual(8)
    expect(third - second).toBeLessThanOrEqual(12)
  })

  it("never wakes a unit before the limiter's hint, and keeps budgets apart", async () => {
    await subject.pacer.reserve({ ...request, slots: 25 })
    const other = await subject.pacer.reserve({ ...request, key: "client:shipmentsList", retryInMs: 30, slots: 1 })
    expect(other).toBeGreaterThanOrEqual(25)
    expect(other).toBeLessThanOrEqual(35)
    const late = await subject.pacer.reserve({ ...request, retryInMs: 10_000, slots: 1 })
    expect(late).toBeGreaterThanOrEqual(9_995)
  })
})
