import type { AuthIdentityDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createHmac } from "crypto"
import { medusaAuthToken } from "../medusa-jwt"

/**
 * `medusa-jwt.ts` wraps a Medusa internal. These tests fail when a Medusa
 * upgrade removes it, renames it or changes what it takes or gives, so that
 * the upgrade fixes Bazaar's one wrapper instead of breaking phone login.
 */
const INTERNAL = "@medusajs/medusa/api/auth/utils/generate-jwt-token"
const SECRET = "medusa-jwt-test-secret"

/** The payload of an HS256 token, after checking its signature against `secret`. */
function verified(token: string, secret = SECRET): Record<string, any> {
  const [header, payload, signature] = token.split(".")
  expect(JSON.parse(Buffer.from(header, "base64url").toString())).toMatchObject({ alg: "HS256" })
  expect(createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")).toBe(signature)
  return JSON.parse(Buffer.from(payload, "base64url").toString())
}

function container(http: Record<string, unknown> = {}): MedusaContainer {
  const services: Record<string, unknown> = {
    [ContainerRegistrationKeys.CONFIG_MODULE]: {
      projectConfig: { http: { jwtSecret: SECRET, jwtExpiresIn: "1h", ...http } },
    },
    [Modules.AUTH]: {
      listAuthVerifications: async () => [],
      listAuthMfa: async () => [],
    },
  }
  return {
    resolve: (key: string) => {
      if (!(key in services)) throw new Error(`unexpected resolve("${key}")`)
      return services[key]
    },
  } as unknown as MedusaContainer
}

const identity = {
  id: "authid_1",
  app_metadata: { seller_id: "sel_1" },
  provider_identities: [{ provider: "phone-otp", entity_id: "+919000000001", user_metadata: { phone: "+919000000001" } }],
} as unknown as AuthIdentityDTO

describe(`Medusa's internal ${INTERNAL}`, () => {
  it("still exists and exports generateJwtTokenWithChecks(container, { authIdentity, actorType, authProvider })", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const internal = require(INTERNAL)
    expect(typeof internal.generateJwtTokenWithChecks).toBe("function")
    expect(internal.generateJwtTokenWithChecks.length).toBe(2)
  })
})

describe("medusaAuthToken", () => {
  it("issues Medusa's auth token for the identity: actor, identity, provider, signed with the project's secret", async () => {
    const result = await medusaAuthToken(container(), { authIdentity: identity, actorType: "seller", authProvider: "phone-otp" })

    expect(Object.keys(result)).toEqual(["token"])
    const payload = verified(result.token)
    expect(payload).toMatchObject({
      actor_id: "sel_1",
      actor_type: "seller",
      auth_identity_id: "authid_1",
      auth_provider: "phone-otp",
      app_metadata: { seller_id: "sel_1" },
      user_metadata: { phone: "+919000000001" },
    })
    expect(payload.exp - payload.iat).toBe(3600)
  })

  it("leaves the actor out while the identity has none yet (a phone-verified seller before sign-up)", async () => {
    const newcomer = { ...identity, app_metadata: {} } as unknown as AuthIdentityDTO
    const result = await medusaAuthToken(container(), { authIdentity: newcomer, actorType: "seller", authProvider: "phone-otp" })
    expect(verified(result.token)).toMatchObject({ actor_id: "", actor_type: "seller", auth_identity_id: "authid_1" })
  })

  it("answers a pending verification the way Medusa's auth routes do", async () => {
    const verifying = container({ authVerificationsPerActor: { seller: [{ auth_provider: "phone-otp", entity_type: "phone" }] } })
    const result = await medusaAuthToken(verifying, { authIdentity: identity, actorType: "seller", authProvider: "phone-otp" })
    expect(result).toMatchObject({ verification_required: true, token: expect.any(String) })
    // Until verified, the token names no actor.
    expect(verified(result.token)).toMatchObject({ actor_id: "", auth_identity_id: "authid_1" })
  })
})
