import { startFakeTwilio, type FakeTwilio } from "../../../../tools/fake-twilio/server"
import { TwilioSmsNotificationProviderService } from "../service"

describe("Twilio SMS notification provider", () => {
  let twilio: FakeTwilio
  const provider = (overrides: Record<string, string> = {}) =>
    new TwilioSmsNotificationProviderService(
      {},
      { accountSid: twilio.accountSid, authToken: twilio.authToken, from: "+15005550006", baseUrl: twilio.url, ...overrides }
    )

  beforeEach(async () => {
    twilio = await startFakeTwilio()
  })
  afterEach(async () => {
    await twilio.stop()
  })

  it("sends content.text through the Messages API and answers Twilio's message sid", async () => {
    const result = await provider().send({ to: "+919876543210", channel: "sms", template: "sms-order-shipped", content: { text: "Shipped" } })
    expect(twilio.messages).toEqual([expect.objectContaining({ to: "+919876543210", from: "+15005550006", body: "Shipped" })])
    expect(result.id).toBe(twilio.messages[0].sid)
  })

  it("reports Twilio's refusals and outages without the message body or credentials", async () => {
    const bad = provider().send({ to: "12345", channel: "sms", template: "t", content: { text: "secret-free body" } })
    await expect(bad).rejects.toThrow("Twilio refused the SMS: HTTP 400 code 21211 (The 'To' number 12345 is not a valid phone number.)")
    twilio.failNext(503)
    await expect(provider().send({ to: "+919876543210", channel: "sms", template: "t", content: { text: "x" } })).rejects.toThrow(
      "Twilio refused the SMS: HTTP 503"
    )
    const wrongToken = provider({ authToken: "wrong" }).send({ to: "+919876543210", channel: "sms", template: "t", content: { text: "x" } })
    await expect(wrongToken).rejects.toThrow(/HTTP 401 code 20003/)
    await expect(wrongToken.catch((e: Error) => e.message)).resolves.not.toContain("wrong")
  })

  it("refuses a notification without text and validates its options", async () => {
    await expect(provider().send({ to: "+919876543210", channel: "sms", template: "t", data: {} })).rejects.toThrow(/content.text/)
    expect(() => TwilioSmsNotificationProviderService.validateOptions({ accountSid: "AC1" })).toThrow(/authToken/)
    expect(() => TwilioSmsNotificationProviderService.validateOptions({ accountSid: "AC1", authToken: "t" })).toThrow(/from/)
  })
})
