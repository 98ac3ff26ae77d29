import Redis from "ioredis"
import { BolRateLimiter } from "../limiter"
import { scaleLimits, DEFAULT_GROUP_LIMITS } from "../rate-limit-groups"
import { connectBolRedis, type BolRedis } from "../redis-connection"
import { BolTokenProvider } from "../token-provider"
import { fetchDetailsThroughLimiter } from "./drive"
import { clientFor, credentialsOf, startSimulator, type BolSimulator } from "./simulator"

const REDIS_URL = process.env.BAZAAR_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
const SPEED_UP = 60
const CAPACITY = 10

/** Two workers: each with its own Redis connections, token provider and limiter. */
type Worker = { redis: BolRedis; tokens: BolTokenProvider; limiter: BolRateLimiter }

describe("bol tokens and budgets shared through Redis", () => {
  const keyPrefix = `bazaar-test:bol:${process.pid}:${Date.now()}`
  const limits = scaleLimits({ ...DEFAULT_GROUP_LIMITS, shipmentDetail: { maxCapacity: CAPACITY, windowMs: 60_000 } }, SPEED_UP)
  let sim: BolSimulator
  let workers: Worker[]

  function startWorker(): Worker {
    const redis = connectBolRedis(REDIS_URL)
    return {
      redis,
      tokens: new BolTokenProvider({ redis: redis.redis, keyPrefix }),
      limiter: new BolRateLimiter({ budgetKey: "shared-client", limits, redis, keyPrefix }),
    }
  }

  beforeEach(async () => {
    sim = await startSimulator({
      speedUp: SPEED_UP,
      seed: { shipments: { FBR: 60, FBB: 0 } },
      limits: { shipmentDetail: { maxCapacity: CAPACITY } },
    })
    workers = [startWorker(), startWorker()]
  })

  afterEach(async () => {
    for (const worker of workers) {
      await worker.limiter.close()
      await worker.redis.close()
    }
    await sim.close()
    const redis = new Redis(REDIS_URL)
    for (const pattern of [`b_${keyPrefix}*`, `${keyPrefix}*`]) {
      const keys = await redis.keys(pattern)
      if (keys.length) {
        await redis.del(...keys)
      }
    }
    await redis.quit()
  })

  it("two workers share one access token", async () => {
    const [a, b] = workers
    const tokens = await Promise.all([
      ...Array.from({ length: 5 }, () => a.tokens.getToken(credentialsOf(sim))),
      ...Array.from({ length: 5 }, () => b.tokens.getToken(credentialsOf(sim))),
    ])
    expect(new Set(tokens).size).toBe(1)
    expect(sim.stats.tokensIssued).toBe(1)

    // A token bol rejected is dropped for everyone.
    await a.tokens.invalidate(credentialsOf(sim), tokens[0])
    const fresh = await a.tokens.getToken(credentialsOf(sim))
    expect(fresh).not.toBe(tokens[0])
    expect(await new BolTokenProvider({ redis: b.redis.redis, keyPrefix }).getToken(credentialsOf(sim))).toBe(fresh)
    expect(sim.stats.tokensIssued).toBe(2)
  })

  it("two workers' limiters together stay within one bucket: no 429", async () => {
    // The shared budget runs on Redis's clock (Bottleneck's Lua scripts), which a test cannot move,
    // so this asserts what the simulator counted, never how long it took: bol's bucket is one per
    // client id, and the simulator answers 429 to anything beyond it. (The exact pace of a budget
    // is asserted on a manual clock in limiter.unit.spec.ts.)
    const ids = sim.data.visibleShipmentIds("FBR").slice(0, 3 * CAPACITY)
    const halves = [ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 2 === 1)]
    await Promise.all(
      workers.map((worker, i) =>
        fetchDetailsThroughLimiter(
          worker.limiter,
          clientFor(sim, { limiter: worker.limiter, tokens: worker.tokens, slots: "caller" }),
          halves[i],
          3
        )
      )
    )

    expect(sim.stats.rateLimitViolations).toBe(0)
    expect(sim.stats.byEndpoint["GET /retailer/shipments/{shipment-id}"]).toBe(ids.length)
    expect(sim.stats.tokensIssued).toBe(1)
  })
})
