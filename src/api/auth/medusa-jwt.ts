import type { AuthIdentityDTO, MedusaContainer } from "@medusajs/framework/types"
// The one import of a Medusa internal (not an exported API) in Bazaar. Medusa 2.21 has no public
// function that issues the token its own auth routes issue (actor id, auth identity, provider,
// verification and MFA checks, RBAC roles), so Bazaar reuses that function rather than copy it.
// `__tests__/medusa-jwt.unit.spec.ts` fails when a Medusa upgrade moves it or changes its shape.
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"

export type MedusaAuthTokenInput = {
  authIdentity: AuthIdentityDTO
  actorType: string
  authProvider: string
}

/** What Medusa's `/auth/{actor}/{provider}` routes answer: `{ token }`, or a token with a pending verification or MFA step. */
export type MedusaAuthTokenResult = Awaited<ReturnType<typeof generateJwtTokenWithChecks>>

/** The token Medusa's own auth routes would issue for this identity (same secret, expiry and checks). */
export function medusaAuthToken(container: MedusaContainer, input: MedusaAuthTokenInput): Promise<MedusaAuthTokenResult> {
  return generateJwtTokenWithChecks(container, input)
}
