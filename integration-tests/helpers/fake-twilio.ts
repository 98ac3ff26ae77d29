import { startFakeTwilio, type FakeTwilio } from "../../tools/fake-twilio/server"
import { setEnv } from "./env"

/**
 * Starts the fake Twilio before the app boots and points Bazaar's SMS at it
 * (call before medusaIntegrationTestRunner). `current()` gives the running fake.
 */
export function useFakeTwilio(): { current: () => FakeTwilio } {
  let fake: FakeTwilio | undefined
  let restore = () => {}
  beforeAll(async () => {
    fake = await startFakeTwilio()
    const vars: Record<string, string> = {
      BAZAAR_SMS_PROVIDER: "twilio",
      TWILIO_BASE_URL: fake.url,
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_FROM: "+15005550006",
    }
    restore = setEnv(vars)
  })
  afterAll(async () => {
    restore()
    await fake?.stop()
  })
  beforeEach(() => {
    fake!.messages.length = 0
  })
  return { current: () => fake! }
}

/** The code in the latest SMS sent to `phone`. */
export function lastCodeFor(fake: FakeTwilio, phone: string): string {
  const message = [...fake.messages].reverse().find((m) => m.to === phone)
  const code = message?.body.match(/^(\d{6}) is your verification code/)?.[1]
  if (!code) throw new Error(`no code was sent to ${phone}`)
  return code
}
