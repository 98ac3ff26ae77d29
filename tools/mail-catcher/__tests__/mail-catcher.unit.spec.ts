import nodemailer from "nodemailer"
import { startMailCatcher, type MailCatcher } from "../server"

describe("mail catcher", () => {
  let catcher: MailCatcher
  const transport = () =>
    nodemailer.createTransport({ host: "127.0.0.1", port: catcher.smtpPort, secure: false, ignoreTLS: true })

  beforeEach(async () => {
    catcher = await startMailCatcher()
  })
  afterEach(async () => {
    await catcher.stop()
  })

  it("keeps a sent mail with its subject, recipients, bodies and attachment", async () => {
    await transport().sendMail({
      from: "Bazaar <orders@bazaar.test>",
      to: "buyer@example.com",
      subject: "Order #12 received",
      html: "<p>Thanks for <b>order 12</b></p>",
      text: "Thanks for order 12",
      attachments: [{ filename: "invoice.pdf", content: Buffer.from("%PDF-1.4 test"), contentType: "application/pdf" }],
    })
    const mail = await catcher.waitFor((entry) => entry.subject === "Order #12 received")
    expect(mail.to).toEqual(["buyer@example.com"])
    expect(mail.from).toContain("orders@bazaar.test")
    expect(mail.html).toContain("<b>order 12</b>")
    expect(mail.text).toContain("Thanks for order 12")
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments[0].filename).toBe("invoice.pdf")
    expect(mail.attachments[0].content.toString()).toBe("%PDF-1.4 test")
  })

  it("serves the list as JSON, the page, and the attachment for download", async () => {
    await transport().sendMail({
      from: "a@bazaar.test",
      to: "b@example.com",
      subject: "Hello <there>",
      text: "hi",
      attachments: [{ filename: "a.txt", content: "file body" }],
    })
    await catcher.waitFor(() => true)
    const list = (await (await fetch(`${catcher.url}/api/messages`)).json()) as {
      messages: { id: string; subject: string; attachments: { url: string }[] }[]
    }
    expect(list.messages.map((mail) => mail.subject)).toEqual(["Hello <there>"])
    const page = await (await fetch(catcher.url)).text()
    expect(page).toContain("Hello &#60;there&#62;")
    const file = await fetch(`${catcher.url}${list.messages[0].attachments[0].url}`)
    expect(file.headers.get("content-disposition")).toContain("a.txt")
    expect(await file.text()).toBe("file body")
  })

  it("refuses the next mails with failNext, then accepts again", async () => {
    catcher.failNext(1, 451)
    await expect(
      transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "first", text: "x" })
    ).rejects.toMatchObject({ responseCode: 451 })
    catcher.failNext(1, 554)
    await expect(
      transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "second", text: "x" })
    ).rejects.toMatchObject({ responseCode: 554 })
    await transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "third", text: "x" })
    expect(catcher.messages().map((mail) => mail.subject)).toEqual(["third"])
  })

  it("refuses only the mails failNext's filter accepts", async () => {
    catcher.failNext(1, 451, (mail) => mail.subject === "shipped")
    await transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "invoice", text: "x" })
    await expect(
      transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "shipped", text: "x" })
    ).rejects.toMatchObject({ responseCode: 451 })
    await transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "shipped", text: "x" })
    expect(catcher.messages().map((mail) => mail.subject)).toEqual(["invoice", "shipped"])
  })

  it("waitFor resolves for a mail that arrives later; clear empties the list", async () => {
    const waiting = catcher.waitFor((mail) => mail.subject === "later")
    await transport().sendMail({ from: "a@bazaar.test", to: "b@example.com", subject: "later", text: "x" })
    expect((await waiting).subject).toBe("later")
    catcher.clear()
    expect(catcher.messages()).toEqual([])
  })
})
