import { startMailCatcher, type MailCatcher } from "../../../../tools/mail-catcher/server"
import { SmtpNotificationProviderService } from "../service"

describe("SMTP notification provider", () => {
  let catcher: MailCatcher
  const provider = () =>
    new SmtpNotificationProviderService({ logger: console as never }, { host: "127.0.0.1", port: catcher.smtpPort, from: "Bazaar <orders@bazaar.test>" })

  beforeEach(async () => {
    catcher = await startMailCatcher()
  })
  afterEach(async () => {
    await catcher.stop()
  })

  it("sends the rendered content with a base64 attachment and answers the message id", async () => {
    const result = await provider().send({
      to: "buyer@example.com",
      channel: "email",
      template: "buyer-invoice",
      content: { subject: "Invoice CHAI-2026-000001", html: "<p>attached</p>", text: "attached" },
      attachments: [{ filename: "CHAI-2026-000001.pdf", content: Buffer.from("%PDF-1.4").toString("base64"), content_type: "application/pdf" }],
    })
    expect(result.id).toMatch(/@/)
    const [mail] = catcher.messages()
    expect(mail).toMatchObject({ to: ["buyer@example.com"], subject: "Invoice CHAI-2026-000001", text: "attached" })
    expect(mail.from).toContain("orders@bazaar.test")
    expect(mail.attachments.map((file) => [file.filename, file.contentType, file.content.toString()])).toEqual([
      ["CHAI-2026-000001.pdf", "application/pdf", "%PDF-1.4"],
    ])
  })

  it("fails the send with the server's answer when the server refuses the mail", async () => {
    catcher.failNext(1, 451)
    await expect(
      provider().send({ to: "buyer@example.com", channel: "email", template: "t", content: { subject: "s", text: "t" } })
    ).rejects.toThrow(/SMTP send failed \(451\)/)
  })

  it("refuses a notification without rendered content", async () => {
    await expect(provider().send({ to: "buyer@example.com", channel: "email", template: "buyer-order-received", data: {} })).rejects.toThrow(
      /needs content with a subject/
    )
  })

  it("validates its options", () => {
    expect(() => SmtpNotificationProviderService.validateOptions({ from: "a@b.c" })).toThrow(/host/)
    expect(() => SmtpNotificationProviderService.validateOptions({ host: "smtp.example" })).toThrow(/from/)
  })
})
