// The environment a benchmark's `medusa start` runs in: NODE_ENV=production
// wants secrets and a real SMS sender; no SMS is ever sent (Twilio's URL
// points at a closed port, and logins use test numbers where allowed).
function productionBenchEnv(extraEnv = {}) {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL || "error",
    JWT_SECRET: "bench-jwt-secret",
    COOKIE_SECRET: "bench-cookie-secret",
    BAZAAR_BOL_ENCRYPTION_KEY: "33".repeat(32),
    BAZAAR_OTP_SECRET: "bench-otp-secret",
    BAZAAR_SMS_PROVIDER: "twilio",
    TWILIO_ACCOUNT_SID: "ACbench",
    TWILIO_AUTH_TOKEN: "bench",
    TWILIO_FROM: "+15005550006",
    TWILIO_BASE_URL: "http://127.0.0.1:9",
    ...extraEnv,
  }
}

module.exports = { productionBenchEnv }
