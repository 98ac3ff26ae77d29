import { MedusaError } from "@medusajs/framework/utils"

export type SmsOptions =
  | { provider: "development" }
  | {
      provider: "twilio"
      accountSid: string
      authToken: string
      /** Sender number (E.164) or alphanumeric id; or use messagingServiceSid. */
      from?: string
      messagingServiceSid?: string
      /** Twilio's API origin; tests and demos point it at tools/fake-twilio. */
      baseUrl?: string
    }

export type OtpOptions = {
  enabled?: boolean
  /** Actor types that may log in with phone + OTP. */
  actorTypes?: string[]
  /** Server secret for the code HMACs; required in production. */
  secret?: string
  /** ISO country for numbers given without +country code. */
  defaultRegion?: string
  codeDigits?: number
  codeTtlSeconds?: number
  maxVerifyAttempts?: number
  resendCooldownSeconds?: number
  maxCodesPerPhonePerHour?: number
  maxCodesPerIpPerHour?: number
  sms?: SmsOptions
  /** Phone numbers (E.164) with fixed codes, for demos and app-store review. */
  testNumbers?: Record<string, string>
  allowTestNumbers?: boolean
}

export type ResolvedOtpOptions = Required<Omit<OtpOptions, "sms">> & {
  sms: SmsOptions
}

const DEV_SECRET = "bazaar-development-otp-secret"

/** The OTP secret, shared by the `otp` module and the `phone-otp` auth provider. */
export function resolveOtpSecret(
  secret: string | undefined,
  production = process.env.NODE_ENV === "production"
): string {
  if (!secret && production) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Bazaar option otp.secret must be set in production (a long random string)"
    )
  }
  return secret || DEV_SECRET
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Bazaar option otp.${message}`)
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback
  if (!Number.isInteger(v) || v <= 0) invalid(`${name} must be a positive whole number (got ${value})`)
  return v
}

function resolveSms(sms: SmsOptions | undefined, production: boolean): SmsOptions {
  if (!sms) {
    if (production) invalid("sms must name an SMS provider in production (for example twilio)")
    return { provider: "development" }
  }
  if (sms.provider === "development") {
    if (production) invalid("sms.provider development shows codes on the console and is refused in production")
    return sms
  }
  if (sms.provider === "twilio") {
    if (!sms.accountSid || !sms.authToken) invalid("sms twilio needs accountSid and authToken")
    if (!sms.from && !sms.messagingServiceSid) invalid("sms twilio needs from or messagingServiceSid")
    return { ...sms, baseUrl: (sms.baseUrl ?? "https://api.twilio.com").replace(/\/+$/, "") }
  }
  return invalid(`sms.provider must be development or twilio (got ${(sms as { provider?: string }).provider})`)
}

/** Fills the documented defaults and refuses unsafe or invalid OTP options. */
export function resolveOtpOptions(
  options: OtpOptions = {},
  production = process.env.NODE_ENV === "production"
): ResolvedOtpOptions {
  const enabled = options.enabled ?? true
  const secret = enabled ? resolveOtpSecret(options.secret, production) : options.secret ?? DEV_SECRET
  const allowTestNumbers = options.allowTestNumbers ?? !production
  const codeDigits = positiveInt("codeDigits", options.codeDigits, 6)
  const testNumbers = options.testNumbers ?? {}
  for (const [phone, code] of Object.entries(testNumbers)) {
    if (!/^\+[1-9]\d{6,14}$/.test(phone)) invalid(`testNumbers key ${phone} must be an E.164 number`)
    if (!new RegExp(`^\\d{${codeDigits}}$`).test(code)) invalid(`testNumbers code for ${phone} must have ${codeDigits} digits`)
  }
  const actorTypes = options.actorTypes ?? ["customer", "seller", "user"]
  if (!Array.isArray(actorTypes) || actorTypes.some((a) => typeof a !== "string" || !a)) {
    invalid("actorTypes must be a list of actor type names")
  }
  return {
    enabled,
    actorTypes,
    secret,
    defaultRegion: (options.defaultRegion ?? "IN").toUpperCase(),
    codeDigits,
    codeTtlSeconds: positiveInt("codeTtlSeconds", options.codeTtlSeconds, 300),
    maxVerifyAttempts: positiveInt("maxVerifyAttempts", options.maxVerifyAttempts, 5),
    resendCooldownSeconds: positiveInt("resendCooldownSeconds", options.resendCooldownSeconds, 60),
    maxCodesPerPhonePerHour: positiveInt("maxCodesPerPhonePerHour", options.maxCodesPerPhonePerHour, 5),
    maxCodesPerIpPerHour: positiveInt("maxCodesPerIpPerHour", options.maxCodesPerIpPerHour, 20),
    sms: enabled ? resolveSms(options.sms, production) : { provider: "development" },
    testNumbers: allowTestNumbers ? testNumbers : {},
    allowTestNumbers,
  }
}
