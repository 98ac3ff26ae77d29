import { createHmac, timingSafeEqual } from "crypto"

/**
 * The proof, handed from the `otp` module to the `phone-otp` auth provider
 * inside one request, that a phone number has just passed its code check.
 * Signed with the OTP secret and short-lived; never sent to clients.
 */
export type PhoneVerification = {
  phone: string
  actor_type: string
  challenge_id: string
  expires_at: number
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`phone-verification:${payload}`).digest("base64url")
}

export function signPhoneVerification(secret: string, claim: PhoneVerification): string {
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url")
  return `${payload}.${sign(secret, payload)}`
}

/** Returns the claim when the signature is right and it has not expired, else null. */
export function readPhoneVerification(
  secret: string,
  token: unknown,
  now: number = Date.now()
): PhoneVerification | null {
  if (typeof token !== "string") return null
  const [payload, signature] = token.split(".")
  if (!payload || !signature) return null
  const expected = Buffer.from(sign(secret, payload))
  const actual = Buffer.from(signature)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return null
  }
  const claim = JSON.parse(Buffer.from(payload, "base64url").toString()) as PhoneVerification
  return claim.expires_at > now ? claim : null
}
