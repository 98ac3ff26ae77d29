import { renderMessage } from "../templates/render"
import { DEAL_SMS_TEMPLATES } from "../templates/deal"
import type { MessageData } from "../templates/types"
import { formatTime } from "../utils/format"
import { planMessages, type MessageFacts } from "../utils/plan-messages"
import { triggerEntityId } from "../utils/stages"

const data: MessageData = {
  order_number: "42",
  shop_name: "Chai & <Co>",
  shop_url: "http://localhost:8000/chai-co",
  deal_title: "Masala Chai 500 g",
  deal_price: "₹249.00",
  offered_until: "3 May, 14:05 UTC",
  reason: "Out of stock at the warehouse",
}

const offer = (overrides: Partial<MessageFacts> = {}): MessageFacts => ({
  event: "bazaar.deal.waitlist_offered",
  stage: "deal_waitlist_offered",
  entity_id: "dwait_1",
  resource: { type: "deal_waitlist_entry", id: "dwait_1" },
  shop_id: "shop_1",
  data,
  buyer: { id: "cus_1", email: null, phone: "+919000000453" },
  seller: { id: "sel_1", phone: "+919000000451", email: null },
  ...overrides,
})

describe("lightning deal messages", () => {
  it("says until when a waitlist unit is held, in UTC", () => {
    expect(formatTime("2026-05-03T14:05:59.000Z")).toBe("3 May, 14:05 UTC")
    expect(formatTime(new Date("2026-12-31T23:59:00+05:30"))).toBe("31 Dec, 18:29 UTC")
  })

  it("tells the buyer why a deal order was rejected, by email and by SMS", () => {
    const mail = renderMessage("buyer-deal-order-rejected", data)
    expect(mail.subject).toBe("Order #42 was rejected")
    expect(mail.text).toContain("(Masala Chai 500 g) at Chai & <Co> was rejected: Out of stock at the warehouse.")
    expect(mail.html).toContain("Chai &amp; &lt;Co&gt; was rejected: Out of stock at the warehouse.")
    expect(renderMessage("sms-deal-order-rejected", data).text).toBe(
      "Chai & <Co>: order #42 (Masala Chai 500 g) was rejected: Out of stock at the warehouse. It is canceled; nothing is charged."
    )
  })

  it("offers a waitlist unit with its price, deadline and the shop's link", () => {
    const mail = renderMessage("buyer-deal-waitlist-offered", data)
    expect(mail.subject).toBe("A unit of Masala Chai 500 g is yours to claim until 3 May, 14:05 UTC")
    expect(mail.text).toContain("at ₹249.00 in Chai & <Co> is held for you until 3 May, 14:05 UTC.")
    expect(mail.html).toContain('href="http://localhost:8000/chai-co"')
    expect(renderMessage("sms-deal-waitlist-offered", data).text).toBe(
      "Chai & <Co>: a unit of Masala Chai 500 g is yours to claim until 3 May, 14:05 UTC. http://localhost:8000/chai-co"
    )
  })

  it("keeps every deal SMS within one text for ordinary titles", () => {
    for (const id of Object.keys(DEAL_SMS_TEMPLATES) as (keyof typeof DEAL_SMS_TEMPLATES)[]) {
      expect(renderMessage(id, data).text.length).toBeLessThanOrEqual(160)
    }
  })

  it("reaches the offered customer by SMS without an email, by email with one, and never the seller", () => {
    const texted = planMessages(offer(), { sms: true, operatorEmail: "ops@bazaar.test" })
    expect(texted.map(({ channel, to, template }) => [channel, to, template])).toEqual([["sms", "+919000000453", "sms-deal-waitlist-offered"]])
    expect(texted[0]).toMatchObject({
      idempotency_key: "bazaar:bazaar.deal.waitlist_offered:dwait_1:sms-deal-waitlist-offered:+919000000453",
      resource_type: "deal_waitlist_entry",
      resource_id: "dwait_1",
      receiver_id: "cus_1",
    })
    const mailed = planMessages(offer({ buyer: { id: "cus_1", email: "ravi@example.com", phone: "+919000000453" } }), { sms: true })
    expect(mailed.map(({ channel, template }) => [channel, template])).toEqual([["email", "buyer-deal-waitlist-offered"]])
    expect(planMessages(offer(), { sms: false })).toEqual([])
  })

  it("keys deal order messages by the order and waitlist offers by the entry", () => {
    const order = { event: "bazaar.deal_order.rejected", order_id: "order_1", waitlist_entry_id: "dwait_1" }
    for (const stage of ["deal_awaiting_approval", "deal_approved", "deal_rejected"] as const) {
      expect(triggerEntityId({ ...order, stage })).toBe("order_1")
    }
    expect(triggerEntityId({ ...order, stage: "deal_waitlist_offered" })).toBe("dwait_1")
    expect(() => triggerEntityId({ event: "bazaar.deal.waitlist_offered", stage: "deal_waitlist_offered" })).toThrow(/needs its entity id/)
  })
})
