import { startFakeTwilio } from "./server"

// `npm run fake:twilio`: a local Twilio for demos. Prints the variables that
// point Bazaar at it, then every SMS it receives.
async function main() {
  const fake = await startFakeTwilio({
    port: Number(process.env.FAKE_TWILIO_PORT ?? 4010),
    accountSid: process.env.TWILIO_ACCOUNT_SID ?? "AC00000000000000000000000000000000",
    authToken: process.env.TWILIO_AUTH_TOKEN ?? "fake-twilio-token",
    log: (line) => console.log(line),
  })
  console.log(
    [
      `fake Twilio listening on ${fake.url}`,
      "start Bazaar with:",
      `  BAZAAR_SMS_PROVIDER=twilio TWILIO_BASE_URL=${fake.url} TWILIO_ACCOUNT_SID=${fake.accountSid} \\`,
      `  TWILIO_AUTH_TOKEN=${fake.authToken} TWILIO_FROM=+15005550006 npm run dev`,
    ].join("\n")
  )
}

main()
