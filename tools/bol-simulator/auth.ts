import { createHmac, randomBytes, timingSafeEqual } from "crypto"
import { uuidFrom } from "./catalog"
import { SALT, rngFor } from "./prng"

/**
 * bol's login server for the client-credentials grant: credentials are
 * checked, and JWT-shaped access tokens (HS256 with a per-simulator secret;
 * bol's are RS256) carry `sub`, `azp`, `clientname`, `iss`, `scopes`, `iat`
 * and `exp` (simulator clock). bol allows 1000 ms of clock skew.
 */
export type SimClient = {
  clientId: string
  clientSecret: string
  /** `clientname` claim. */
  name?: string
  /** false: tokens are issued but the API answers 403 "Account is not active". */
  active?: boolean
}

export const ALLOWED_CLOCK_SKEW_MS = 1000

export type TokenCheck =
  | { ok: true; client: SimClient }
  | { ok: false; reason: "missing" | "invalid" }
  | { ok: false; reason: "expired"; expiredAt: number; now: number }

const base64url = (value: Buffer | string) => Buffer.from(value).toString("base64url")

/** The demo client derived from the seed (stable across runs). */
export function defaultClient(seed: number): SimClient {
  const rng = rngFor(seed, SALT.clients, 0)
  return {
    clientId: uuidFrom(rng),
    clientSecret: rng.chars(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    name: "Bazaar demo",
  }
}

/** `Authorization: Basic base64(id:secret)` → [id, secret]. */
export function parseBasic(header: string | undefined): [string, string] | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? "")
  if (!match) {
    return undefined
  }
  const decoded = Buffer.from(match[1], "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)]
}

export class TokenAuthority {
  private secret = randomBytes(32)
  private issued = 0

  constructor(
    private readonly clients: SimClient[],
    private readonly now: () => number,
    public ttlSeconds: number
  ) {}

  authenticate(clientId: string, clientSecret: string): SimClient | undefined {
    const client = this.clients.find((candidate) => candidate.clientId === clientId)
    if (!client) {
      return undefined
    }
    const expected = Buffer.from(client.clientSecret)
    const given = Buffer.from(clientSecret)
    return expected.length === given.length && timingSafeEqual(expected, given) ? client : undefined
  }

  issue(client: SimClient) {
    const iat = Math.floor(this.now() / 1000)
    const exp = iat + this.ttlSeconds
    this.issued += 1
    const header = base64url(JSON.stringify({ kid: "bol-sim-1", typ: "JWT", alg: "HS256" }))
    const payload = base64url(
      JSON.stringify({
        sub: client.clientId,
        azp: client.clientId,
        clientname: client.name ?? client.clientId,
        iss: "https://login.bol.com",
        scopes: "RETAILER",
        exp,
        iat,
        jti: `${iat}-${this.issued}-${randomBytes(4).toString("hex")}`,
      })
    )
    const signature = createHmac("sha256", this.secret).update(`${header}.${payload}`).digest("base64url")
    return { access_token: `${header}.${payload}.${signature}`, token_type: "Bearer", expires_in: this.ttlSeconds, scope: "RETAILER" }
  }

  /** Checks an `Authorization: Bearer …` header. */
  check(authorization: string | undefined): TokenCheck {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")
    if (!match) {
      return { ok: false, reason: "missing" }
    }
    const parts = match[1].split(".")
    if (parts.length !== 3) {
      return { ok: false, reason: "invalid" }
    }
    const expected = Buffer.from(createHmac("sha256", this.secret).update(`${parts[0]}.${parts[1]}`).digest("base64url"))
    const given = Buffer.from(parts[2])
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: "invalid" }
    }
    let claims: { sub?: string; exp?: number }
    try {
      claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"))
    } catch {
      return { ok: false, reason: "invalid" }
    }
    const client = this.clients.find((candidate) => candidate.clientId === claims.sub)
    if (!client || typeof claims.exp !== "number") {
      return { ok: false, reason: "invalid" }
    }
    const now = this.now()
    const expiredAt = claims.exp * 1000
    if (now > expiredAt + ALLOWED_CLOCK_SKEW_MS) {
      return { ok: false, reason: "expired", expiredAt, now }
    }
    return { ok: true, client }
  }

  /** Makes every token issued so far invalid (as after a key rotation). */
  revokeAll(): void {
    this.secret = randomBytes(32)
  }
}
