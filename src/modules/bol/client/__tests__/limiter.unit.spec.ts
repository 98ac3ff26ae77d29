import { ManualClock } from "../../__tests__/manual-clock"
import { BolRateLimitedError } from "../errors"
import { BolRateLimiter } from "../limiter"
import { fetchRateLimitRules } from "../public-rate-limits"
import { limitsFromRules, scaleLimits, type BolRateLimitGroup, type GroupLimit } from "../rate-limit-groups"
import { BolTokenProvider } from "../token-provider"
import { fetchDetailsThroughLimiter } from "./drive"
import { clientFor, rejectionOf, startSimulator, type BolSimulator } from "./simulator"

const SPEED_UP = 60
const CAPACITY = 10
/** 10 per minute / 60 = 10 per second: one request every 100 ms. */
const INTERVAL_MS = 60_000 / SPEED_UP / CAPACITY

/**
 * The limiters and the simulator share one manual clock (the simulator's is
 * frozen and moved along with it), so the times below are exact: they count
 * the limiter's waits, not how fast this machine happens to be.
 */
describe("BolRateLimiter against the simulator's token buckets", () => {
  let sim: BolSimulator
  let clock: ManualClock
  let limits: Record<BolRateLimitGroup, GroupLimit>
  const limiters: BolRateLimiter[] = []

  function limiter(budgetKey: string): BolRateLimiter {
    const created = new BolRateLimiter({ budgetKey, limits, clock })
    limiters.push(created)
    return created
  }

  beforeEach(async () => {
    sim = await startSimulator({
      speedUp: SPEED_UP,
      frozenClock: true,
      seed: { shipments: { FBR: 80, FBB: 0 } },
      limits: { shipmentDetail: { maxCapacity: CAPACITY } },
    })
    clock = new ManualClock(sim.clock.now()).onAdvance((ms) => sim.clock.advance(ms))
    // The limiter is seeded from the simulator's own /retailer/public/ratelimits.
    limits = scaleLimits(limitsFromRules(await fetchRateLimitRules(sim.url)), SPEED_UP)
  })
  afterEach(async () => {
    await Promise.all(limiters.splice(0).map((created) => created.close()))
    await sim.close()
  })

  it("reads the group limits from the published rules", () => {
    expect(limits.shipmentDetail).toEqual({ maxCapacity: CAPACITY, windowMs: 60_000 / SPEED_UP })
    expect(limits.shipmentsList).toEqual({ maxCapacity: 25, windowMs: 60_000 / SPEED_UP })
  })

  it("sends three buckets' worth with no 429 in the minimum time plus one interval of headroom", async () => {
    const budget = limiter("one")
    const client = clientFor(sim, { limiter: budget, slots: "caller" })
    const ids = sim.data.visibleShipmentIds("FBR").slice(0, 3 * CAPACITY)

    const elapsed = await fetchDetailsThroughLimiter(budget, client, ids, 4, clock)

    // From a full bucket, the fastest possible is the 20 requests beyond its capacity at the
    // refill rate; the limiter keeps one request of headroom, which costs one interval.
    const floorMs = (ids.length - CAPACITY) * INTERVAL_MS
    expect(sim.stats.rateLimitViolations).toBe(0)
    expect(sim.stats.byEndpoint["GET /retailer/shipments/{shipment-id}"]).toBe(ids.length)
    expect(elapsed).toBe(floorMs + INTERVAL_MS)
    expect(budget.inFlight("shipmentDetail")).toBe(0)
  })

  it("adapts to a bucket partly spent by another process and still causes no 429", async () => {
    // Another worker with a budget of its own (no shared store) spends 7 of the 10.
    const elsewhere = limiter("other-process")
    const otherClient = clientFor(sim, { limiter: elsewhere, slots: "caller", tokens: new BolTokenProvider() })
    const ids = sim.data.visibleShipmentIds("FBR")
    expect(await fetchDetailsThroughLimiter(elsewhere, otherClient, ids.slice(0, 7), 1, clock)).toBe(0)

    const budget = limiter("this-process")
    const client = clientFor(sim, { limiter: budget, slots: "caller" })
    const elapsed = await fetchDetailsThroughLimiter(budget, client, ids.slice(7, 27), 4, clock)

    expect(sim.stats.rateLimitViolations).toBe(0)
    // It believed in a full bucket of 10, but bol's headers said 3 were left: 17 at the refill rate,
    // plus the interval of headroom.
    const floorMs = (20 - 3) * INTERVAL_MS
    expect(elapsed).toBe(floorMs + INTERVAL_MS)
  })

  it("lets waiting callers (schedule) through at the refill rate without a 429", async () => {
    const budget = limiter("waiting")
    const client = clientFor(sim, { limiter: budget, slots: "wait" })
    const ids = sim.data.visibleShipmentIds("FBR").slice(0, 2 * CAPACITY)
    let finished = false
    const all = Promise.all(ids.map((id) => client.detail("shipments", id))).finally(() => (finished = true))
    // Callers wait inside the limiter, not on the clock: move time on by an interval whenever no request is out.
    while (!finished) {
      if (budget.inFlight("shipmentDetail") === 0) {
        await clock.advance(INTERVAL_MS)
      } else {
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    await all
    expect(sim.stats.rateLimitViolations).toBe(0)
    expect(sim.stats.byEndpoint["GET /retailer/shipments/{shipment-id}"]).toBe(ids.length)
  })

  it("after a 429 marks the bucket empty and refuses slots until Retry-After", async () => {
    sim.clock.freeze()
    const ids = sim.data.visibleShipmentIds("FBR")
    // Spend the whole bucket without any client-side limiter.
    const unlimited = clientFor(sim)
    for (const id of ids.slice(0, CAPACITY)) {
      await unlimited.detail("shipments", id)
    }
    const budget = limiter("after-429")
    const client = clientFor(sim, { limiter: budget })
    const error = await rejectionOf(client.detail("shipments", ids[CAPACITY]))
    expect(error).toBeInstanceOf(BolRateLimitedError)
    expect(error).toMatchObject({ fromServer: true, group: "shipmentDetail", retryAfterMs: 1000 })

    const slot = await budget.tryAcquire("shipmentDetail")
    expect(slot.ok).toBe(false)
    expect(slot.ok === false && slot.retryInMs).toBe(1000)
    const local = await rejectionOf(client.detail("shipments", ids[CAPACITY]))
    expect(local).toMatchObject({ fromServer: false, group: "shipmentDetail" })
    expect(sim.stats.rateLimitViolations).toBe(1)
  })
})
