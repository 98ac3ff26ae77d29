import { resolveOtpOptions } from "../otp"
import { bazaarOptionsFromEnv, DEMO_TEST_NUMBER } from "../from-env"

describe("resolveOtpOptions", () => {
  it("has the documented defaults in development", () => {
    const o = resolveOtpOptions({}, false)
    expect(o).toMatchObject({
      enabled: true,
      actorTypes: ["customer", "seller", "user"],
      defaultRegion: "IN",
      codeDigits: 6,
      codeTtlSeconds: 300,
      maxVerifyAttempts: 5,
      resendCooldownSeconds: 60,
      maxCodesPerPhonePerHour: 5,
      maxCodesPerIpPerHour: 20,
      sms: { provider: "development" },
      allowTestNumbers: true,
    })
  })

  it("demands a secret and a real SMS provider in production", () => {
    expect(() => resolveOtpOptions({}, true)).toThrow(/otp.secret must be set in production/)
    expect(() => resolveOtpOptions({ secret: "x" }, true)).toThrow(/otp.sms must name an SMS provider/)
    expect(() =>
      resolveOtpOptions({ secret: "x", sms: { provider: "development" } }, true)
    ).toThrow(/refused in production/)
  })

  it("turns test numbers off in production unless asked", () => {
    const sms = { provider: "twilio" as const, accountSid: "AC1", authToken: "t", from: "+15005550006" }
    const testNumbers = { "+919000000001": "123456" }
    expect(resolveOtpOptions({ secret: "x", sms, testNumbers }, true).testNumbers).toEqual({})
    expect(
      resolveOtpOptions({ secret: "x", sms, testNumbers, allowTestNumbers: true }, true).testNumbers
    ).toEqual(testNumbers)
  })

  it("names the option that is wrong", () => {
    expect(() => resolveOtpOptions({ codeTtlSeconds: -1 }, false)).toThrow(/otp.codeTtlSeconds must be a positive whole number/)
    expect(() => resolveOtpOptions({ testNumbers: { "0612": "123456" } }, false)).toThrow(/testNumbers key 0612/)
    expect(() => resolveOtpOptions({ testNumbers: { "+919000000001": "12" } }, false)).toThrow(/must have 6 digits/)
    expect(() =>
      resolveOtpOptions({ sms: { provider: "twilio", accountSid: "", authToken: "" } }, false)
    ).toThrow(/twilio needs accountSid and authToken/)
  })

  it("allows turning phone login off without a secret", () => {
    expect(resolveOtpOptions({ enabled: false }, true).enabled).toBe(false)
  })
})

describe("bazaarOptionsFromEnv (otp)", () => {
  it("gives the zero-config start its demo test number", () => {
    expect(bazaarOptionsFromEnv({}).otp?.testNumbers).toEqual({ [DEMO_TEST_NUMBER]: "123456" })
    expect(bazaarOptionsFromEnv({ NODE_ENV: "production" }).otp?.testNumbers).toBeUndefined()
  })

  it("reads Twilio and limits from the environment", () => {
    const otp = bazaarOptionsFromEnv({
      BAZAAR_SMS_PROVIDER: "twilio",
      TWILIO_ACCOUNT_SID: "AC1",
      TWILIO_AUTH_TOKEN: "t",
      TWILIO_FROM: "+15005550006",
      BAZAAR_OTP_MAX_CODES_PER_IP_PER_HOUR: "7",
      BAZAAR_OTP_TEST_NUMBERS: "+919000000002:654321, +31600000001:111111",
      BAZAAR_OTP_ALLOW_TEST_NUMBERS: "true",
    }).otp
    expect(otp).toMatchObject({
      sms: { provider: "twilio", accountSid: "AC1", authToken: "t", from: "+15005550006" },
      maxCodesPerIpPerHour: 7,
      allowTestNumbers: true,
      testNumbers: { "+919000000002": "654321", "+31600000001": "111111" },
    })
  })
})
