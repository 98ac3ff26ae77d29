import { codeMatches, generateCode, hmacCode } from "../code"
import { readPhoneVerification, signPhoneVerification } from "../assertion"
import { resendCooldownSeconds, secondsUntilWindowFrees } from "../limits"
import { normalizePhone } from "../phone"

describe("generateCode", () => {
  it("gives zero-padded codes of the requested length, spread over the range", () => {
    const codes = Array.from({ length: 2000 }, () => generateCode(6))
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(1990)
    expect(codes.some((c) => c.startsWith("0"))).toBe(true)
  })
})

describe("hmacCode / codeMatches", () => {
  it("binds the code to the secret and the challenge", () => {
    const stored = hmacCode("s1", "otpch_1", "123456")
    expect(stored).toMatch(/^[0-9a-f]{64}$/)
    expect(stored).not.toContain("123456")
    expect(codeMatches("s1", "otpch_1", "123456", stored)).toBe(true)
    expect(codeMatches("s1", "otpch_1", "123457", stored)).toBe(false)
    expect(codeMatches("s2", "otpch_1", "123456", stored)).toBe(false)
    expect(codeMatches("s1", "otpch_2", "123456", stored)).toBe(false)
  })
})

describe("phone verification assertion", () => {
  const claim = { phone: "+31612345678", actor_type: "customer", challenge_id: "otpch_1", expires_at: 2000 }

  it("round-trips a valid, unexpired claim", () => {
    expect(readPhoneVerification("s", signPhoneVerification("s", claim), 1000)).toEqual(claim)
  })

  it("refuses expired, forged, tampered and malformed tokens", () => {
    const token = signPhoneVerification("s", claim)
    expect(readPhoneVerification("s", token, 2000)).toBeNull()
    expect(readPhoneVerification("other", token, 1000)).toBeNull()
    const [payload, signature] = token.split(".")
    const tampered = Buffer.from(JSON.stringify({ ...claim, phone: "+31600000000" })).toString("base64url")
    expect(readPhoneVerification("s", `${tampered}.${signature}`, 1000)).toBeNull()
    expect(readPhoneVerification("s", payload, 1000)).toBeNull()
    expect(readPhoneVerification("s", 42, 1000)).toBeNull()
  })
})

describe("limits", () => {
  it("doubles the resend cooldown with every send in the hour, up to the cap", () => {
    expect([0, 1, 2, 3, 4].map((n) => resendCooldownSeconds(n, 60))).toEqual([0, 60, 120, 240, 480])
    expect(resendCooldownSeconds(10, 60)).toBe(3600)
  })

  it("says when the oldest send leaves the window", () => {
    const now = new Date("2026-01-01T12:00:00Z")
    const sends = [new Date("2026-01-01T11:30:00Z"), new Date("2026-01-01T11:50:00Z")]
    expect(secondsUntilWindowFrees(sends, 3600, now)).toBe(1800)
  })
})

describe("normalizePhone", () => {
  it("returns E.164 for international and national input", () => {
    expect(normalizePhone("+31 6 1234 5678", "IN")).toBe("+31612345678")
    expect(normalizePhone("098765 43210", "IN")).toBe("+919876543210")
    expect(normalizePhone("06-12345678", "NL")).toBe("+31612345678")
  })

  it("refuses what is not a phone number, naming it", () => {
    expect(() => normalizePhone("12345", "IN")).toThrow(
      'phone "12345" is not a valid phone number: expected international format (e.g. +31612345678) or a number of India (IN) without the +'
    )
    expect(() => normalizePhone("", "IN")).toThrow(/phone is required/)
    expect(() => normalizePhone(undefined, "IN")).toThrow(/phone is required/)
  })
})
