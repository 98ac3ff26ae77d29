import { BolAuthError, BolRateLimitedError, BolRequestError, BolTransientError } from "../errors"
import { BolTokenProvider } from "../token-provider"
import { BOL_RESOURCES, listIterations } from "../resources"
import { clientFor, credentialsOf, rejectionOf, startSimulator, type BolSimulator } from "./simulator"

describe("BolClient against the simulator", () => {
  let sim: BolSimulator

  beforeEach(async () => {
    sim = await startSimulator({ frozenClock: true })
  })
  afterEach(() => sim.close())

  it("pages through a list and treats bol's {} past the end as empty", async () => {
    const client = clientFor(sim)
    const first = await client.list("shipments", { "fulfilment-method": "FBR" }, 1)
    const second = await client.list("shipments", { "fulfilment-method": "FBR" }, 2)
    const past = await client.list("shipments", { "fulfilment-method": "FBR" }, 3)
    expect(first).toMatchObject({ empty: false })
    expect(first.items).toHaveLength(50)
    expect(second.items).toHaveLength(10)
    expect(past).toEqual({ items: [], empty: true })
    const ids = [...first.items, ...second.items].map((entry) => entry.shipmentId)
    expect(new Set(ids)).toEqual(new Set(sim.data.visibleShipmentIds("FBR")))
  })

  it("walks every list iteration of a resource with valid parameters", async () => {
    const client = clientFor(sim)
    for (const name of ["shipments", "orders", "returns"] as const) {
      for (const query of listIterations(BOL_RESOURCES[name])) {
        await expect(client.list(name, query, 1)).resolves.toHaveProperty("items")
      }
    }
    expect(sim.stats.byStatus["400"]).toBeUndefined()
  })

  it("reads a detail and maps an unknown id to a 404 BolRequestError", async () => {
    const client = clientFor(sim)
    const [id] = sim.data.visibleShipmentIds("FBB")
    const detail = await client.detail("shipments", id)
    expect(detail).toMatchObject({ shipmentId: id, shipmentItems: expect.any(Array) })
    const error = await rejectionOf(client.detail("shipments", "999999999"))
    expect(error).toBeInstanceOf(BolRequestError)
    expect(error).toMatchObject({ status: 404, title: "Not Found" })
  })

  it("on a 401 mid-run refreshes the token once and retries", async () => {
    const tokens = new BolTokenProvider() // real clock: it still believes its token is fresh
    const client = clientFor(sim, { tokens })
    await client.list("shipments", {}, 1)
    sim.clock.advance(300_000) // the simulator's tokens expire
    const page = await client.list("shipments", {}, 1)
    expect(page.items).toHaveLength(50)
    expect(sim.stats.byStatus["401"]).toBe(1)
    expect(sim.stats.tokensIssued).toBe(2)
  })

  it("gives up with BolAuthError when a fresh token is rejected too", async () => {
    const tokens = new BolTokenProvider()
    const client = clientFor(sim, { tokens })
    await client.list("shipments", {}, 1)
    // Every token is revoked before use: the retry fails as well.
    sim.revokeTokens()
    const realGetToken = tokens.getToken.bind(tokens)
    tokens.getToken = async (credentials) => {
      const token = await realGetToken(credentials)
      sim.revokeTokens()
      return token
    }
    const error = await rejectionOf(client.list("shipments", {}, 1))
    expect(error).toBeInstanceOf(BolAuthError)
    expect(sim.stats.byStatus["401"]).toBe(2)
  })

  it("turns a 429 with Retry-After into BolRateLimitedError with that wait", async () => {
    sim.setLimits({ shipmentsList: { maxCapacity: 2 } })
    const client = clientFor(sim)
    await client.list("shipments", {}, 1)
    await client.list("shipments", {}, 1)
    const error = await rejectionOf(client.list("shipments", {}, 1))
    expect(error).toBeInstanceOf(BolRateLimitedError)
    // 2 per minute: one request every 30 s.
    expect(error).toMatchObject({ retryAfterMs: 30_000, group: "shipmentsList", fromServer: true })
  })

  it("without Retry-After derives the wait from X-RateLimit-Reset", async () => {
    sim.setLimits({ shipmentsList: { maxCapacity: 4 } })
    sim.settings.omitRetryAfter = true
    const client = clientFor(sim)
    for (let i = 0; i < 4; i++) {
      await client.list("shipments", {}, 1)
    }
    const error = await rejectionOf(client.list("shipments", {}, 1))
    expect(error).toBeInstanceOf(BolRateLimitedError)
    // Full again in 60 s, four requests missing: one every 15 s.
    expect(error.retryAfterMs).toBe(15_000)
  })

  it("reads X-RateLimit-Reset sent as a Unix timestamp as the time left", async () => {
    sim.setLimits({ shipmentsList: { maxCapacity: 4 } })
    sim.settings.omitRetryAfter = true
    sim.settings.resetStyle = "epoch"
    const client = clientFor(sim)
    for (let i = 0; i < 4; i++) {
      await client.list("shipments", {}, 1)
    }
    const error = await rejectionOf(client.list("shipments", {}, 1))
    expect(error).toBeInstanceOf(BolRateLimitedError)
    // Full again in about 60 s (a whole-second timestamp), four requests missing: one every 15 s.
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(14_000)
    expect(error.retryAfterMs).toBeLessThanOrEqual(15_000)
  })

  it("after a bare 429 waits what the Problem states, else backs off from the group's published window", async () => {
    sim.setLimits({ shipmentsList: { maxCapacity: 2 } })
    sim.settings.bareRateLimited = true
    const client = clientFor(sim)
    await client.list("shipments", {}, 1)
    await client.list("shipments", {}, 1)
    const stated = await rejectionOf(client.list("shipments", {}, 1))
    expect(stated).toMatchObject({ retryAfterMs: 30_000, fromServer: true })

    sim.settings.problemRetryHint = false
    const first = await rejectionOf(client.list("shipments", {}, 1))
    const second = await rejectionOf(client.list("shipments", {}, 1))
    // bol publishes 25 list requests a minute: one every 2.4 s, doubling with each 429 in a row (the 2nd and 3rd).
    expect([first.retryAfterMs, second.retryAfterMs]).toEqual([4800, 9600])
  })

  it("never reads a 200 without a JSON body as an empty page", async () => {
    const client = clientFor(sim)
    for (const body of ["html", "truncated", "text"] as const) {
      sim.inject({ kind: "not-json", body, match: "GET /retailer/shipments" })
      const error = await rejectionOf(client.list("shipments", { "fulfilment-method": "FBR" }, 1))
      expect(error).toBeInstanceOf(BolTransientError)
      expect(error.message).toMatch(/GET \/retailer\/shipments page 1: bol.com answered 200 without a JSON body/)
      expect(error.message).not.toMatch(/<html|<body/i)
    }
    await expect(client.list("shipments", { "fulfilment-method": "FBR" }, 1)).resolves.toMatchObject({ empty: false })
  })

  it("maps an HTML 502 to BolTransientError without the page in the message", async () => {
    sim.inject({ kind: "html-error", status: 502, match: "GET /retailer/shipments" })
    const error = await rejectionOf(clientFor(sim).list("shipments", {}, 1))
    expect(error).toBeInstanceOf(BolTransientError)
    expect(error.status).toBe(502)
    expect(error.message).toContain("502")
    expect(error.message).not.toMatch(/<|html/i)
  })

  it("maps a dropped connection and a timeout to BolTransientError", async () => {
    const client = clientFor(sim, { timeoutMs: 200 })
    await client.list("shipments", {}, 1) // the token request is not the one dropped
    sim.inject({ kind: "drop", match: "GET /retailer/shipments" })
    const dropped = await rejectionOf(client.list("shipments", {}, 1))
    expect(dropped).toBeInstanceOf(BolTransientError)
    expect(dropped.status).toBeUndefined()
    expect(dropped.code).toEqual(expect.any(String))

    sim.inject({ kind: "slow", delayMs: 600, match: "GET /retailer/shipments" })
    const slow = await rejectionOf(client.list("shipments", {}, 1))
    expect(slow).toBeInstanceOf(BolTransientError)
    expect(slow.code).toBe("ETIMEDOUT")
  })

  it("never puts the access token or the secret in an error message", async () => {
    const tokens = new BolTokenProvider()
    const client = clientFor(sim, { tokens })
    const token = await tokens.getToken(credentialsOf(sim))
    sim.inject({ kind: "unavailable", body: "problem", match: "GET /retailer/shipments" })
    const error = await rejectionOf(client.list("shipments", {}, 1))
    expect(error).toBeInstanceOf(BolTransientError)
    expect(error.status).toBe(503)
    expect(error.message).not.toContain(token)
    expect(error.message).not.toContain(sim.clients[0].clientSecret)
  })

  it("ships an FBR order item and follows the process status to SUCCESS", async () => {
    const client = clientFor(sim)
    const [item] = sim.data.openOrderItems("FBR")
    const created = await client.createShipment({
      orderItems: [{ orderItemId: item.orderItemId }],
      shipmentReference: "BAZAAR-1",
      transport: { transporterCode: "TNT", trackAndTrace: "3SBOL0000001" },
    })
    expect(created).toMatchObject({ eventType: "CREATE_SHIPMENT", status: "PENDING" })
    const done = await client.getProcessStatus(created.processStatusId)
    expect(done).toMatchObject({ status: "SUCCESS", entityId: expect.any(String) })
    expect(await client.detail("shipments", done.entityId!)).toMatchObject({ shipmentReference: "BAZAAR-1" })
  })
})
