// The outside services `npm run dev` stands in for, so that a newcomer pays by
// card and reads the order mails with no account anywhere: the Stripe fake
// (tools/stripe-fake) unless STRIPE_API_KEY is set, and the mail catcher
// (tools/mail-catcher) unless BAZAAR_SMTP_HOST is set. Each takes its usual
// port when free, another free one otherwise, and writes the variables that
// point Bazaar at it into `env`.
const { freePort, isPortOpen } = require("./free-port")

async function portOr(preferred) {
  return (await isPortOpen(preferred)) ? freePort() : preferred
}

async function startLocalServices(env, backendPort) {
  const stops = []
  const lines = []
  if (!env.STRIPE_API_KEY || !env.BAZAAR_SMTP_HOST) {
    require("ts-node").register({ transpileOnly: true })
  }
  if (!env.STRIPE_API_KEY) {
    const { startStripeFake } = require("../../tools/stripe-fake/server")
    const fake = await startStripeFake({
      port: await portOr(4020),
      webhookEndpoint: `http://localhost:${backendPort}/hooks/payment/stripe_stripe`,
    })
    Object.assign(env, {
      STRIPE_API_URL: fake.url,
      STRIPE_API_KEY: fake.secretKey,
      STRIPE_PUBLISHABLE_KEY: fake.publishableKey,
      STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    })
    stops.push(() => fake.stop())
    lines.push(`card payments:    fake Stripe at ${fake.url} (test cards pm_card_visa, pm_card_chargeDeclined, pm_card_authenticationRequired)`)
  }
  if (!env.BAZAAR_SMTP_HOST) {
    const { startMailCatcher } = require("../../tools/mail-catcher/server")
    const catcher = await startMailCatcher({ smtpPort: await portOr(1025), httpPort: await portOr(1080) })
    Object.assign(env, { BAZAAR_SMTP_HOST: "127.0.0.1", BAZAAR_SMTP_PORT: String(catcher.smtpPort) })
    stops.push(() => catcher.stop())
    lines.push(`mails:            ${catcher.url} (local mail catcher, SMTP on port ${catcher.smtpPort})`)
  }
  return {
    lines,
    stop: () => Promise.all(stops.map((stop) => stop().catch(() => undefined))),
  }
}

module.exports = { startLocalServices }
