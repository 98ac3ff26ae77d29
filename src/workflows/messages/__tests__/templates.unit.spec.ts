import { EMAIL_TEMPLATES, renderMessage } from "../templates/render"
import type { MessageData } from "../templates/types"

const data: MessageData = {
  order_id: "order_1",
  order_number: "42",
  shop_name: "Chai & <Co>",
  shop_url: "http://localhost:8000/chai-co",
  buyer_name: "Ravi",
  items: [{ title: "Masala Chai", quantity: 2, total: "₹200.00" }],
  total: "₹200.00",
  tracking_number: "TRK-1",
  tracking_url: "https://track.example/TRK-1?a=1&b=2",
  document_number: "CHAI-2026-000001",
}

describe("message templates", () => {
  it("renders every email with a subject, an HTML body in the layout and a text body", () => {
    for (const id of Object.keys(EMAIL_TEMPLATES) as (keyof typeof EMAIL_TEMPLATES)[]) {
      const rendered = renderMessage(id, data)
      expect(rendered.subject).toBeTruthy()
      expect(rendered.html).toContain("<!doctype html>")
      expect(rendered.text.length).toBeGreaterThan(10)
    }
  })

  it("escapes the HTML part only: subjects and texts are plain", () => {
    const shipped = renderMessage("buyer-order-shipped", data)
    expect(shipped.subject).toBe("Order #42 has shipped")
    expect(shipped.html).toContain("Chai &amp; &lt;Co&gt;")
    expect(shipped.html).toContain('href="https://track.example/TRK-1?a&#x3D;1&amp;b&#x3D;2"')
    expect(shipped.text).toContain("Chai & <Co> shipped order #42.")
    expect(shipped.text).toContain("Track it: https://track.example/TRK-1?a=1&b=2")
  })

  it("lists the order lines and total, and keeps SMS short", () => {
    expect(renderMessage("buyer-order-received", data).text).toContain("- 2 x Masala Chai: ₹200.00\nTotal: ₹200.00")
    const sms = renderMessage("sms-order-shipped", data)
    expect(sms).toEqual({ subject: undefined, html: undefined, text: "Chai & <Co>: order #42 has shipped. Tracking TRK-1 https://track.example/TRK-1?a=1&b=2" })
    expect(sms.text.length).toBeLessThanOrEqual(160)
  })
})
