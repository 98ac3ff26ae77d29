import { startBolSimulator, type BolSimulator } from "../index"
import { api, basicAuth, getToken, json, MEDIA, tokenSchema } from "./helpers"

const START = Date.parse("2026-03-16T12:48:04Z")

describe("bol simulator: login server (POST /token)", () => {
  let sim: BolSimulator

  beforeAll(async () => {
    sim = await startBolSimulator({
      frozenClock: true,
      startTime: START,
      seed: { shipments: { FBR: 3, FBB: 0 }, orders: 0, returns: 0 },
      clients: [
        { clientId: "client-a", clientSecret: "secret-a" },
        { clientId: "client-b", clientSecret: "secret-b" },
        { clientId: "client-gone", clientSecret: "secret-gone", active: false },
      ],
    })
  })
  afterAll(() => sim.close())

  it("issues a Bearer token for Basic credentials with the grant in the query", async () => {
    const res = await fetch(`${sim.tokenUrl}?grant_type=client_credentials`, {
      method: "POST",
      headers: { Authorization: basicAuth(sim.clients[0]), Accept: "application/json" },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("application/json;charset=UTF-8")
    const body = await json(res)
    const validate = tokenSchema()
    expect(validate(body)).toBe(true)
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 299, scope: "RETAILER" })
    const claims = JSON.parse(Buffer.from(String(body.access_token).split(".")[1], "base64url").toString())
    expect(claims).toMatchObject({ sub: "client-a", iss: "https://login.bol.com", scopes: "RETAILER" })
    expect(claims.exp - claims.iat).toBe(299)
    expect(claims.iat).toBe(Math.floor(START / 1000))
  })

  it("accepts the grant and the credentials in the form body", async () => {
    const res = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: "grant_type=client_credentials&client_id=client-b&client_secret=secret-b",
    })
    expect(res.status).toBe(200)
    expect(tokenSchema()(await json(res))).toBe(true)
  })

  it("answers 401 invalid_client for bad or missing credentials", async () => {
    for (const authorization of [basicAuth({ clientId: "client-a", clientSecret: "wrong" }), basicAuth({ clientId: "nobody", clientSecret: "x" }), undefined]) {
      const res = await fetch(`${sim.tokenUrl}?grant_type=client_credentials`, {
        method: "POST",
        headers: authorization ? { Authorization: authorization } : {},
      })
      expect(res.status).toBe(401)
      expect(await json(res)).toEqual({ error: "invalid_client", error_description: "Bad client credentials" })
    }
  })

  it("rejects a client secret in the query string with 400", async () => {
    const res = await fetch(`${sim.tokenUrl}?grant_type=client_credentials&client_id=client-a&client_secret=secret-a`, { method: "POST" })
    expect(res.status).toBe(400)
    expect(await json(res)).toMatchObject({ error: "invalid_request" })
  })

  it("rejects a missing or unsupported grant type with 400", async () => {
    const missing = await fetch(sim.tokenUrl, { method: "POST", headers: { Authorization: basicAuth(sim.clients[0]) } })
    expect(missing.status).toBe(400)
    expect(await json(missing)).toMatchObject({ error: "invalid_request" })
    const wrong = await fetch(`${sim.tokenUrl}?grant_type=password`, { method: "POST", headers: { Authorization: basicAuth(sim.clients[0]) } })
    expect(wrong.status).toBe(400)
    expect(await json(wrong)).toMatchObject({ error: "unsupported_grant_type" })
  })

  it("expires tokens by the simulator clock (299 s plus 1000 ms skew) with bol's 401 Expired JWT", async () => {
    const token = await getToken(sim)
    sim.clock.advance(299_000 + 1000)
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(200)
    sim.clock.advance(1)
    const res = await api(sim, "/retailer/shipments", { token })
    expect(res.status).toBe(401)
    expect(res.headers.get("content-type")).toBe(MEDIA)
    const body = await json(res)
    expect(Object.keys(body).sort()).toEqual(["detail", "status", "title"])
    expect(body).toMatchObject({ title: "Expired JWT", status: 401 })
    expect(body.detail).toBe(
      "JWT expired at 2026-03-16T12:53:03Z. Current time: 2026-03-16T12:53:04Z, a difference of 1001 milliseconds.  Allowed clock skew: 1000 milliseconds."
    )
    // A fresh token works again.
    expect((await api(sim, "/retailer/shipments", { token: await getToken(sim) })).status).toBe(200)
  })

  it("answers 401 for a missing, malformed or foreign token", async () => {
    const other = await startBolSimulator({ seed: { shipments: 0, orders: 0, returns: 0 }, clients: sim.clients })
    try {
      const foreign = await getToken(other)
      for (const token of [undefined, "not-a-jwt", foreign]) {
        const res = await api(sim, "/retailer/shipments", { token })
        expect(res.status).toBe(401)
        expect(await json(res)).toMatchObject({ title: "Unauthorized", status: 401 })
      }
    } finally {
      await other.close()
    }
  })

  it("answers 403 for an inactive account", async () => {
    const token = await getToken(sim, sim.clients[2])
    const res = await api(sim, "/retailer/shipments", { token })
    expect(res.status).toBe(403)
    expect(await json(res)).toEqual({
      title: "Forbidden",
      status: 403,
      detail: "Account is not active, access denied. Please contact partnerservice if this is unexpected.",
      host: "Instance-112",
    })
  })

  it("limits token requests per client and counts the violations", async () => {
    const limited = await startBolSimulator({
      frozenClock: true,
      seed: { shipments: 0, orders: 0, returns: 0 },
      limits: { token: { maxCapacity: 2, timeToLive: 1, timeUnit: "MINUTES" } },
    })
    try {
      await getToken(limited)
      await getToken(limited)
      const res = await fetch(`${limited.tokenUrl}?grant_type=client_credentials`, {
        method: "POST",
        headers: { Authorization: basicAuth(limited.clients[0]) },
      })
      expect(res.status).toBe(429)
      expect(res.headers.get("retry-after")).toBe("30")
      expect(limited.stats).toMatchObject({ tokenRequests: 3, tokensIssued: 2, rateLimitViolations: 1, violationsByGroup: { token: 1 } })
      limited.clock.advance(30_000)
      await getToken(limited)
      expect(limited.stats.tokensIssued).toBe(3)
    } finally {
      await limited.close()
    }
  })

  it("honours tokenTtlSeconds and revokeTokens()", async () => {
    const short = await startBolSimulator({ frozenClock: true, tokenTtlSeconds: 10, seed: { shipments: 1, orders: 0, returns: 0 } })
    try {
      const res = await fetch(`${short.tokenUrl}?grant_type=client_credentials`, { method: "POST", headers: { Authorization: basicAuth(short.clients[0]) } })
      const { access_token: token, expires_in: expiresIn } = await json<{ access_token: string; expires_in: number }>(res)
      expect(expiresIn).toBe(10)
      short.clock.advance(11_001)
      expect(await json(await api(short, "/retailer/shipments", { token }))).toMatchObject({ title: "Expired JWT" })
      const fresh = await getToken(short)
      short.revokeTokens()
      expect((await api(short, "/retailer/shipments", { token: fresh })).status).toBe(401)
    } finally {
      await short.close()
    }
  })
})
