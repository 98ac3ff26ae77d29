import { createHmac, timingSafeEqual } from "crypto"

/** Stripe's default tolerance between the signature's timestamp and now. */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/**
 * Checks a `Stripe-Signature` header (`t=<ts>,v1=<hex>[,v1=…]`) against the
 * raw body as Stripe's libraries do: HMAC-SHA256 of `"<ts>.<body>"` with the
 * endpoint's `whsec_` secret, and a timestamp within the tolerance of `now`.
 */
export function verifyStripeSignature(rawBody: string, header: string | undefined, secret: string, nowSeconds: number): boolean {
  if (!header) return false
  const parts = header.split(",").map((part) => part.split("=") as [string, string])
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1])
  const signatures = parts.filter(([key]) => key === "v1").map(([, value]) => value)
  if (!Number.isFinite(timestamp) || !signatures.length) return false
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = Buffer.from(createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex"))
  return signatures.some((signature) => {
    const given = Buffer.from(signature)
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
