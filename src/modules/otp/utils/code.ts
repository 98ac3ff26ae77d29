import { createHmac, randomInt, timingSafeEqual } from "crypto"

/** A code of `digits` decimal digits from the OS CSPRNG, zero-padded. */
export function generateCode(digits: number): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, "0")
}

/** HMAC-SHA256 under the server secret, bound to the challenge id. */
export function hmacCode(secret: string, challengeId: string, code: string): string {
  return createHmac("sha256", secret).update(`${challengeId}:${code}`).digest("hex")
}

/** Constant-time check of a submitted code against the stored HMAC. */
export function codeMatches(
  secret: string,
  challengeId: string,
  submitted: string,
  storedHmac: string
): boolean {
  const expected = Buffer.from(storedHmac, "hex")
  const actual = Buffer.from(hmacCode(secret, challengeId, submitted), "hex")
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
