import { startStripeFake } from "./server"

// `npm run fake:stripe`: a local Stripe for demos. Prints the variables that
// point Bazaar at it, then every request and webhook delivery.
async function main() {
  const port = Number(process.env.FAKE_STRIPE_PORT ?? 4020)
  const backend = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`
  const fake = await startStripeFake({
    port,
    secretKey: process.env.STRIPE_API_KEY ?? "sk_test_bazaar_fake",
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY ?? "pk_test_bazaar_fake",
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_bazaar_fake",
    webhookEndpoint: `${backend}/hooks/payment/stripe_stripe`,
    log: (line) => console.log(line),
  })
  console.log(
    [
      `fake Stripe listening on ${fake.url} (webhooks → ${backend}/hooks/payment/stripe_stripe)`,
      "start Bazaar with:",
      `  STRIPE_API_URL=${fake.url} STRIPE_API_KEY=${fake.secretKey} STRIPE_PUBLISHABLE_KEY=${fake.publishableKey} \\`,
      `  STRIPE_WEBHOOK_SECRET=${fake.webhookSecret} npm run dev`,
      `3-D Secure: open ${fake.url}/_fake/3ds/<payment intent id> to complete or fail the step`,
    ].join("\n")
  )
}

main()
