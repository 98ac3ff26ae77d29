import { messagesModules, messagesOptionsFromEnv, resolveMessageOptions } from "../messages"

describe("messages options", () => {
  it("fills the retry defaults and keeps SMS off unless asked", () => {
    expect(resolveMessageOptions()).toEqual({
      sms: false,
      retry: { maxAttempts: 5, baseDelaySeconds: 60, maxDelaySeconds: 3600, pendingTimeoutMinutes: 15 },
    })
  })

  it("refuses bad values with a message naming the option", () => {
    expect(() => resolveMessageOptions({ retry: { maxAttempts: 0 } })).toThrow("Bazaar option messages.retry.maxAttempts must be a positive whole number (got 0)")
    expect(() => resolveMessageOptions({ retry: { baseDelaySeconds: 600, maxDelaySeconds: 60 } })).toThrow(/maxDelaySeconds \(60\) must not be below/)
    expect(() => resolveMessageOptions({ smtp: { host: "smtp.example", from: "nobody" } })).toThrow(/smtp.from must be a sender address/)
    expect(() => resolveMessageOptions({ smtp: { host: "smtp.example", port: 70000, from: "a@b.c" } })).toThrow(/smtp.port/)
    expect(() => resolveMessageOptions({ smtp: { host: "smtp.example", from: "a@b.c", user: "u" } })).toThrow(/user and smtp.pass/)
    expect(() => resolveMessageOptions({ operatorEmail: "ops" })).toThrow(/operatorEmail must be an email address/)
  })

  it("reads SMTP, SMS and retries from the environment", () => {
    const options = messagesOptionsFromEnv({
      BAZAAR_SMTP_HOST: "127.0.0.1",
      BAZAAR_SMTP_PORT: "1025",
      BAZAAR_SMTP_FROM: "Bazaar <orders@bazaar.test>",
      BAZAAR_SMS_PROVIDER: "twilio",
      TWILIO_ACCOUNT_SID: "AC1",
      TWILIO_AUTH_TOKEN: "token",
      TWILIO_FROM: "+15005550006",
      BAZAAR_MESSAGES_MAX_ATTEMPTS: "3",
    })
    expect(options).toEqual({
      smtp: { host: "127.0.0.1", port: 1025, secure: false, user: undefined, pass: undefined, from: "Bazaar <orders@bazaar.test>" },
      smsProvider: { accountSid: "AC1", authToken: "token", from: "+15005550006", messagingServiceSid: undefined, baseUrl: undefined },
      sms: true,
      retry: { maxAttempts: 3 },
    })
    expect(messagesOptionsFromEnv({ BAZAAR_SMS_PROVIDER: "twilio", TWILIO_ACCOUNT_SID: "AC1", TWILIO_AUTH_TOKEN: "t", BAZAAR_MESSAGES_SMS: "false" })).toEqual({})
  })

  it("registers the SMTP and SMS providers, or Medusa's log-only provider for email without SMTP", () => {
    const providers = (options: Parameters<typeof messagesModules>[0]) =>
      (messagesModules(options)[0].options!.providers as { id: string; resolve: string; options: { channels: string[] } }[]).map((p) => [
        p.id,
        p.resolve,
        p.options.channels,
      ])
    expect(providers({})).toEqual([["local", "@medusajs/medusa/notification-local", ["feed", "email"]]])
    expect(providers({ smtp: { host: "h", from: "a@b.c" }, smsProvider: { accountSid: "AC1", authToken: "t", from: "+1" } })).toEqual([
      ["local", "@medusajs/medusa/notification-local", ["feed"]],
      ["smtp", "./src/providers/notification-smtp", ["email"]],
      ["sms", "./src/providers/notification-sms", ["sms"]],
    ])
  })
})
