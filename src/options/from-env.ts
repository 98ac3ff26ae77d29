import type { BolOptions, BolSyncOptions } from "./bol"
import type { OtpOptions, SmsOptions } from "./otp"
import { dealsOptionsFromEnv } from "./deals"
import { invoicesOptionsFromEnv } from "./invoices"
import { messagesOptionsFromEnv } from "./messages"
import { paymentsOptionsFromEnv } from "./payments"
import type { BazaarOptions } from "./types"

/** The demo number of the zero-config start: log in with code 123456. */
export const DEMO_TEST_NUMBER = "+919000000001"
export const DEMO_TEST_CODE = "123456"

function number(value: string | undefined): number | undefined {
  return value === undefined || value === "" ? undefined : Number(value)
}

/** "+919000000001:123456,+31600000000:654321" → { "+919000000001": "123456", … } */
function testNumbers(value: string): Record<string, string> {
  return Object.fromEntries(
    value
      .split(",")
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => pair.split(":").map((part) => part.trim()) as [string, string])
  )
}

function smsFromEnv(env: NodeJS.ProcessEnv): SmsOptions | undefined {
  if (env.BAZAAR_SMS_PROVIDER === "twilio") {
    return {
      provider: "twilio",
      accountSid: env.TWILIO_ACCOUNT_SID ?? "",
      authToken: env.TWILIO_AUTH_TOKEN ?? "",
      from: env.TWILIO_FROM,
      messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID,
      baseUrl: env.TWILIO_BASE_URL,
    }
  }
  if (env.BAZAAR_SMS_PROVIDER === "development") {
    return { provider: "development" }
  }
  return undefined
}

function otpFromEnv(env: NodeJS.ProcessEnv): OtpOptions {
  const production = env.NODE_ENV === "production"
  const otp: OtpOptions = {
    enabled: env.BAZAAR_OTP_ENABLED ? env.BAZAAR_OTP_ENABLED !== "false" : undefined,
    allowTestNumbers: env.BAZAAR_OTP_ALLOW_TEST_NUMBERS
      ? env.BAZAAR_OTP_ALLOW_TEST_NUMBERS === "true"
      : undefined,
    secret: env.BAZAAR_OTP_SECRET || undefined,
    defaultRegion: env.BAZAAR_OTP_DEFAULT_REGION || undefined,
    codeTtlSeconds: number(env.BAZAAR_OTP_CODE_TTL_SECONDS),
    maxVerifyAttempts: number(env.BAZAAR_OTP_MAX_VERIFY_ATTEMPTS),
    resendCooldownSeconds: number(env.BAZAAR_OTP_RESEND_COOLDOWN_SECONDS),
    maxCodesPerPhonePerHour: number(env.BAZAAR_OTP_MAX_CODES_PER_PHONE_PER_HOUR),
    maxCodesPerIpPerHour: number(env.BAZAAR_OTP_MAX_CODES_PER_IP_PER_HOUR),
    sms: smsFromEnv(env),
  }
  if (env.BAZAAR_OTP_TEST_NUMBERS !== undefined) {
    otp.testNumbers = testNumbers(env.BAZAAR_OTP_TEST_NUMBERS)
  } else if (!production) {
    otp.testNumbers = { [DEMO_TEST_NUMBER]: DEMO_TEST_CODE }
  }
  return defined(otp)
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}

function bolFromEnv(env: NodeJS.ProcessEnv): BolOptions {
  const sync: BolSyncOptions = defined({
    redisUrl: env.BAZAAR_BOL_REDIS_URL || undefined,
    redisPrefix: env.BAZAAR_BOL_REDIS_PREFIX || undefined,
    rateLimitScale: number(env.BAZAAR_BOL_RATE_LIMIT_SCALE),
    batchSize: number(env.BAZAAR_BOL_SYNC_BATCH_SIZE),
    maxAttempts: number(env.BAZAAR_BOL_SYNC_MAX_ATTEMPTS),
    retryBaseMs: number(env.BAZAAR_BOL_SYNC_RETRY_BASE_MS),
    staleAfterMinutes: number(env.BAZAAR_BOL_SYNC_STALE_MINUTES),
    sweepLimit: number(env.BAZAAR_BOL_SYNC_SWEEP_LIMIT),
  })
  return defined({
    allowCustomUrls: env.BAZAAR_BOL_ALLOW_CUSTOM_URLS ? env.BAZAAR_BOL_ALLOW_CUSTOM_URLS === "true" : undefined,
    encryptionKey: env.BAZAAR_BOL_ENCRYPTION_KEY || undefined,
    sync,
  })
}

/** Plugin options for app mode, read from BAZAAR_* (and TWILIO_*) environment variables. */
export function bazaarOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env
): BazaarOptions {
  const options: BazaarOptions = { otp: otpFromEnv(env) }
  if (env.BAZAAR_REQUIRE_SELLER_APPROVAL) {
    options.requireSellerApproval = env.BAZAAR_REQUIRE_SELLER_APPROVAL === "true"
  }
  options.bol = bolFromEnv(env)
  if (env.BAZAAR_MAX_IMAGE_BYTES) {
    options.maxImageBytes = Number(env.BAZAAR_MAX_IMAGE_BYTES)
  }
  if (env.BAZAAR_STOREFRONT_URL) {
    options.storefrontUrl = env.BAZAAR_STOREFRONT_URL
  }
  options.idempotency = defined({
    ttlHours: number(env.BAZAAR_IDEMPOTENCY_TTL_HOURS),
    requiredFor: env.BAZAAR_IDEMPOTENCY_REQUIRED_FOR?.split(",").map((path) => path.trim()).filter(Boolean),
  })
  options.payments = paymentsOptionsFromEnv(env)
  options.invoices = invoicesOptionsFromEnv(env)
  options.deals = dealsOptionsFromEnv(env)
  options.messages = messagesOptionsFromEnv(env)
  return options
}
