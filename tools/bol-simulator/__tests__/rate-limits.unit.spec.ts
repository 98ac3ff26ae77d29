import { DEFAULT_LIMITS, startBolSimulator, type BolSimulator, type RateLimitRule } from "../index"
import { api, getToken, json, MEDIA, rawHeaderNames } from "./helpers"

const rateHeaders = (res: Response) => ({
  limit: res.headers.get("x-ratelimit-limit"),
  remaining: res.headers.get("x-ratelimit-remaining"),
  reset: res.headers.get("x-ratelimit-reset"),
  retryAfter: res.headers.get("retry-after"),
})

describe("bol simulator: rate limits", () => {
  let sim: BolSimulator
  let token: string

  beforeEach(async () => {
    sim = await startBolSimulator({
      frozenClock: true,
      seed: { shipments: { FBR: 60, FBB: 10 }, orders: 5, returns: 5 },
      clients: [
        { clientId: "one", clientSecret: "s1" },
        { clientId: "two", clientSecret: "s2" },
      ],
    })
    token = await getToken(sim)
  })
  afterEach(() => sim.close())

  it("uses the spec sheet's published defaults", () => {
    expect(sim.limits()).toMatchObject({
      shipmentsList: { maxCapacity: 25, timeToLive: 1, timeUnit: "MINUTES" },
      shipmentDetail: { maxCapacity: 50, timeToLive: 1, timeUnit: "MINUTES" },
      shipmentCreate: { maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS" },
      ordersList: { maxCapacity: 25, timeToLive: 1, timeUnit: "MINUTES" },
      orderDetail: { maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS" },
      returnsList: { maxCapacity: 20, timeToLive: 1, timeUnit: "MINUTES" },
      returnDetail: { maxCapacity: 20, timeToLive: 1, timeUnit: "MINUTES" },
    })
  })

  it("sends X-RateLimit headers, then 429 with Retry-After and a Problem when the bucket is empty", async () => {
    const first = await api(sim, "/retailer/shipments", { token })
    // The sheet's example: 25/min, 24 left, full again in 3 s (one request refills in 2.4 s).
    expect(rateHeaders(first)).toEqual({ limit: "25", remaining: "24", reset: "3", retryAfter: null })
    for (let i = 2; i <= 25; i++) {
      const res = await api(sim, "/retailer/shipments", { token })
      expect(res.status).toBe(200)
      expect(res.headers.get("x-ratelimit-remaining")).toBe(String(25 - i))
    }
    const limited = await api(sim, "/retailer/shipments", { token })
    expect(limited.status).toBe(429)
    expect(limited.headers.get("content-type")).toBe(MEDIA)
    expect(rateHeaders(limited)).toEqual({ limit: "25", remaining: "0", reset: "60", retryAfter: "3" })
    expect(await json(limited)).toEqual({ title: "Too Many Requests", status: 429, detail: "Too many requests, retry in 3 seconds." })
    expect(sim.stats.rateLimitViolations).toBe(1)

    // 2.4 s later exactly one request is available again.
    sim.clock.advance(2400)
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(200)
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(429)
    sim.clock.advance(60_000)
    expect(rateHeaders(await api(sim, "/retailer/shipments", { token }))).toMatchObject({ remaining: "24" })
  })

  it("counts every request made on an empty bucket, per group and per client", async () => {
    for (let i = 0; i < 25; i++) {
      await api(sim, "/retailer/shipments", { token })
    }
    for (let i = 0; i < 4; i++) {
      expect((await api(sim, "/retailer/shipments", { token })).status).toBe(429)
    }
    // Other groups and other clients have buckets of their own.
    const id = sim.data.visibleShipmentIds("FBR")[0]
    expect((await api(sim, `/retailer/shipments/${id}`, { token })).status).toBe(200)
    const other = await getToken(sim, sim.clients[1])
    expect((await api(sim, "/retailer/shipments", { token: other })).status).toBe(200)
    expect(sim.stats.rateLimitViolations).toBe(4)
    expect(sim.stats.violationsByGroup).toEqual({ shipmentsList: 4 })
    expect(sim.stats.violationsByClient).toEqual({ one: 4 })
    expect(sim.stats.byStatus["429"]).toBe(4)
    sim.resetStats()
    expect(sim.stats.rateLimitViolations).toBe(0)
  })

  it("can leave Retry-After out of 429s (option and runtime switch)", async () => {
    sim.settings.omitRetryAfter = true
    sim.setLimits({ shipmentsList: { maxCapacity: 1 } })
    await api(sim, "/retailer/shipments", { token })
    const limited = await api(sim, "/retailer/shipments", { token })
    expect(limited.status).toBe(429)
    expect(limited.headers.has("retry-after")).toBe(false)
    expect(limited.headers.get("x-ratelimit-reset")).toBe("60")
    expect(sim.stats.rateLimitViolations).toBe(1)

    const optioned = await startBolSimulator({ frozenClock: true, omitRetryAfter: true, limits: { ordersList: { maxCapacity: 1 } }, seed: { shipments: 0, orders: 1, returns: 0 } })
    try {
      const optionedToken = await getToken(optioned)
      await api(optioned, "/retailer/orders", { token: optionedToken })
      const res = await api(optioned, "/retailer/orders", { token: optionedToken })
      expect(res.status).toBe(429)
      expect(res.headers.has("retry-after")).toBe(false)
    } finally {
      await optioned.close()
    }
  })

  it("can send the rate-limit headers in lower case", async () => {
    const upper = await rawHeaderNames(`${sim.url}/retailer/shipments`, { Authorization: `Bearer ${token}`, Accept: MEDIA })
    expect(upper.names).toEqual(expect.arrayContaining(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]))
    sim.settings.lowerCaseHeaders = true
    const lower = await rawHeaderNames(`${sim.url}/retailer/shipments`, { Authorization: `Bearer ${token}`, Accept: MEDIA })
    expect(lower.names).toEqual(expect.arrayContaining(["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]))
    expect(lower.names).not.toContain("X-RateLimit-Limit")
  })

  it("divides refill windows by speedUp", async () => {
    const fast = await startBolSimulator({ frozenClock: true, speedUp: 60, seed: { shipments: 1, orders: 0, returns: 0 } })
    try {
      const fastToken = await getToken(fast)
      for (let i = 0; i < 25; i++) {
        await api(fast, "/retailer/shipments", { token: fastToken })
      }
      const limited = await api(fast, "/retailer/shipments", { token: fastToken })
      expect(limited.status).toBe(429)
      expect(limited.headers.get("x-ratelimit-reset")).toBe("1")
      fast.clock.advance(40) // 2400 ms / 60
      expect((await api(fast, "/retailer/shipments", { token: fastToken })).status).toBe(200)
      expect((await api(fast, "/retailer/shipments", { token: fastToken })).status).toBe(429)
    } finally {
      await fast.close()
    }
  })

  it("takes limits as a /retailer/public/ratelimits-shaped array and serves them there", async () => {
    const rules: RateLimitRule[] = [
      { path: "/retailer/shipments/*", methods: "GET, OPTIONS, HEAD", maxCapacity: "14", timeToLive: "1", timeUnit: "MINUTES" },
    ]
    const custom = await startBolSimulator({ limits: rules, seed: { shipments: 2, orders: 0, returns: 0 } })
    try {
      expect(custom.limits().shipmentDetail).toEqual({ maxCapacity: 14, timeToLive: 1, timeUnit: "MINUTES" })
      expect(custom.limits().shipmentsList).toMatchObject({ maxCapacity: DEFAULT_LIMITS.shipmentsList.maxCapacity })
      const res = await fetch(`${custom.url}/retailer/public/ratelimits`)
      expect(res.status).toBe(200)
      const published = await json<RateLimitRule[]>(res)
      expect(published).toContainEqual({ path: "/retailer/shipments/*", methods: "GET, OPTIONS, HEAD", maxCapacity: 14, timeToLive: 1, timeUnit: "MINUTES" })
      const customToken = await getToken(custom)
      const id = custom.data.visibleShipmentIds("FBR")[0]
      expect((await api(custom, `/retailer/shipments/${id}`, { token: customToken })).headers.get("x-ratelimit-limit")).toBe("14")
    } finally {
      await custom.close()
    }
  })

  it("switches a group's limit off with null", async () => {
    sim.setLimits({ shipmentsList: null })
    for (let i = 0; i < 40; i++) {
      const res = await api(sim, "/retailer/shipments", { token })
      expect(res.status).toBe(200)
      expect(res.headers.has("x-ratelimit-limit")).toBe(false)
    }
  })
})
