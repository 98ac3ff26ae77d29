import { planMessages, type MessageFacts } from "../utils/plan-messages"

const facts = (overrides: Partial<MessageFacts> = {}): MessageFacts => ({
  event: "order.placed",
  stage: "received",
  entity_id: "order_1",
  resource: { type: "order", id: "order_1" },
  shop_id: "shop_1",
  data: { shop_name: "Chai Corner", order_number: "7" },
  buyer: { id: "cus_1", email: "ravi@example.com", phone: "+919876543210" },
  seller: { id: "sel_1", phone: "+919000000141", email: null },
  ...overrides,
})

describe("planMessages", () => {
  it("mails a buyer with an email, texts the seller, and copies the operator", () => {
    const planned = planMessages(facts(), { sms: true, operatorEmail: "ops@bazaar.test" })
    expect(planned.map(({ channel, to, template }) => [channel, to, template])).toEqual([
      ["email", "ravi@example.com", "buyer-order-received"],
      ["sms", "+919000000141", "sms-seller-new-order"],
      ["email", "ops@bazaar.test", "seller-new-order"],
    ])
    expect(planned[0].idempotency_key).toBe("bazaar:order.placed:order_1:buyer-order-received:ravi@example.com")
    expect(planned[0]).toMatchObject({ trigger_type: "order.placed", resource_id: "order_1", resource_type: "order", receiver_id: "cus_1" })
  })

  it("texts a buyer without email at the key stages only, and only when SMS is on", () => {
    const noEmail = { buyer: { id: "cus_1", email: null, phone: "+919876543210" } }
    expect(planMessages(facts({ ...noEmail, stage: "shipped", event: "shipment.created" }), { sms: true }).map((m) => m.template)).toEqual([
      "sms-order-shipped",
    ])
    expect(planMessages(facts({ ...noEmail, stage: "accepted" }), { sms: true })).toEqual([])
    expect(planMessages(facts({ ...noEmail, stage: "shipped" }), { sms: false })).toEqual([])
  })

  it("gives every (event, entity, template, recipient) its own key, and nothing twice", () => {
    const canceled = planMessages(facts({ event: "order.canceled", stage: "canceled", seller: { id: "sel_1", email: "ops@bazaar.test" } }), {
      sms: true,
      operatorEmail: "ops@bazaar.test",
    })
    expect(canceled.map((m) => m.idempotency_key)).toEqual([
      "bazaar:order.canceled:order_1:buyer-order-canceled:ravi@example.com",
      "bazaar:order.canceled:order_1:seller-order-canceled:ops@bazaar.test",
    ])
  })

  it("sends nothing about an order outside Bazaar's shops (the host shop's own, in a plugin install)", () => {
    expect(planMessages(facts({ shop_id: null }), { sms: true, operatorEmail: "ops@bazaar.test" })).toEqual([])
  })

  it("tells only the buyer about payment, invoice, acceptance, delivery and refunds", () => {
    for (const stage of ["payment_confirmed", "payment_failed", "invoice", "accepted", "delivered", "refunded"] as const) {
      expect(planMessages(facts({ stage }), { sms: true, operatorEmail: "ops@bazaar.test" }).map((m) => m.to)).toEqual(["ravi@example.com"])
    }
  })
})
