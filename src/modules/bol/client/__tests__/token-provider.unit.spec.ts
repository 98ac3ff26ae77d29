import { BolAuthError } from "../errors"
import { BolTokenProvider } from "../token-provider"
import { credentialsOf, rejectionOf, startSimulator, type BolSimulator } from "./simulator"

describe("BolTokenProvider", () => {
  let sim: BolSimulator

  beforeEach(async () => {
    sim = await startSimulator({ frozenClock: true })
  })
  afterEach(() => sim.close())

  it("fetches one token for many concurrent callers and reuses it", async () => {
    const provider = new BolTokenProvider({ now: sim.clock.now })
    const tokens = await Promise.all(Array.from({ length: 20 }, () => provider.getToken(credentialsOf(sim))))
    expect(new Set(tokens).size).toBe(1)
    expect(await provider.getToken(credentialsOf(sim))).toBe(tokens[0])
    expect(sim.stats.tokenRequests).toBe(1)
    expect(sim.stats.tokensIssued).toBe(1)
  })

  it("refreshes ahead of expiry, once the clock passes expires_in minus the margin", async () => {
    const provider = new BolTokenProvider({ now: sim.clock.now, refreshMarginMs: 30_000 })
    const first = await provider.getToken(credentialsOf(sim))
    sim.clock.advance(268_000) // 299 s lifetime - 30 s margin = refresh at 269 s
    expect(await provider.getToken(credentialsOf(sim))).toBe(first)
    sim.clock.advance(2_000)
    const second = await provider.getToken(credentialsOf(sim))
    expect(second).not.toBe(first)
    expect(sim.stats.tokensIssued).toBe(2)
  })

  it("keeps one token per account: another account with other credentials gets its own", async () => {
    await sim.close()
    sim = await startSimulator({
      frozenClock: true,
      clients: [
        { clientId: "client-a", clientSecret: "secret-a" },
        { clientId: "client-b", clientSecret: "secret-b" },
      ],
    })
    const provider = new BolTokenProvider({ now: sim.clock.now })
    const a = await provider.getToken(credentialsOf(sim, "bolacc_a", sim.clients[0]))
    const b = await provider.getToken(credentialsOf(sim, "bolacc_b", sim.clients[1]))
    expect(a).not.toBe(b)
    expect(await provider.getToken(credentialsOf(sim, "bolacc_a", sim.clients[0]))).toBe(a)
    expect(sim.stats.tokensIssued).toBe(2)
  })

  it("invalidate(token) forgets only that token", async () => {
    const provider = new BolTokenProvider({ now: sim.clock.now })
    const first = await provider.getToken(credentialsOf(sim))
    await provider.invalidate(credentialsOf(sim), "some-older-token")
    expect(await provider.getToken(credentialsOf(sim))).toBe(first)
    await provider.invalidate(credentialsOf(sim), first)
    expect(await provider.getToken(credentialsOf(sim))).not.toBe(first)
    expect(sim.stats.tokensIssued).toBe(2)
  })

  it("maps refused credentials to BolAuthError without echoing the secret", async () => {
    const provider = new BolTokenProvider()
    const credentials = { ...credentialsOf(sim), clientSecret: "not-the-secret" }
    const error = await rejectionOf(provider.getToken(credentials))
    expect(error).toBeInstanceOf(BolAuthError)
    expect(error).toMatchObject({ status: 401, code: "invalid_client" })
    expect(error.message).not.toContain("not-the-secret")
    // A failed request is not cached: the next call asks again.
    await rejectionOf(provider.getToken(credentials))
    expect(sim.stats.tokenRequests).toBe(2)
  })
})
