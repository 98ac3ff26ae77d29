// The outside services of the order pipeline for the bench, in this process:
// the Stripe fake (tools/stripe-fake) and the mail catcher
// (tools/mail-catcher), with the environment that points Bazaar at them.
require("ts-node").register({ transpileOnly: true })
const { startStripeFake } = require("../../tools/stripe-fake/server")
const { startMailCatcher } = require("../../tools/mail-catcher/server")

/** Starts both; `env` is what the app needs, `pointWebhooksAt(baseUrl)` once the app's port is known. */
async function startPipelineServices() {
  const stripe = await startStripeFake()
  const mails = await startMailCatcher()
  return {
    stripe,
    mails,
    env: {
      STRIPE_API_URL: stripe.url,
      STRIPE_API_KEY: stripe.secretKey,
      STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
      STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
      BAZAAR_SMTP_HOST: "127.0.0.1",
      BAZAAR_SMTP_PORT: String(mails.smtpPort),
    },
    pointWebhooksAt: (baseUrl) => stripe.setWebhookEndpoint(`${baseUrl}/hooks/payment/stripe_stripe`),
    stop: () => Promise.all([stripe.stop(), mails.stop()].map((stopping) => stopping.catch(() => undefined))),
  }
}

module.exports = { startPipelineServices }
