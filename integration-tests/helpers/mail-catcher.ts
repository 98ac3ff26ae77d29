import { startMailCatcher, type MailCatcher } from "../../tools/mail-catcher/server"
import { setEnv } from "./env"

/**
 * Starts the mail catcher before the app boots, so that medusa-config
 * registers the SMTP provider with its port (call before
 * medusaIntegrationTestRunner). `current()` gives the running catcher.
 */
export function useMailCatcher(): { current: () => MailCatcher } {
  let catcher: MailCatcher | undefined
  let restore = () => {}
  beforeAll(async () => {
    catcher = await startMailCatcher()
    restore = setEnv({
      BAZAAR_SMTP_HOST: "127.0.0.1",
      BAZAAR_SMTP_PORT: String(catcher.smtpPort),
      BAZAAR_SMTP_FROM: "Bazaar <orders@bazaar.test>",
    })
  })
  afterAll(async () => {
    restore()
    await catcher?.stop()
  })
  return { current: () => catcher! }
}
