import type { EmailTemplateId, SmsTemplateId, TemplateId } from "../templates/render"
import type { MessageData } from "../templates/types"
import { messageKey, type MessageStage } from "./stages"

export type Recipient = { email?: string | null; phone?: string | null; id?: string | null }

/** What a stage's messages are built from (loaded by the workflow, never a secret). */
export type MessageFacts = {
  event: string
  stage: MessageStage
  entity_id: string
  resource: { type: "order" | "cart" | "deal_waitlist_entry"; id: string }
  /** The Bazaar shop of the order or cart; null for the host shop's own orders, which Bazaar leaves alone. */
  shop_id: string | null
  data: MessageData
  buyer: Recipient
  seller: Recipient | null
}

export type PlannedMessage = {
  to: string
  channel: "email" | "sms"
  template: TemplateId
  data: MessageData
  idempotency_key: string
  trigger_type: string
  resource_id: string
  resource_type: string
  receiver_id: string | null
}

export type MessagePolicy = { sms: boolean; operatorEmail?: string }

type Audience = { email: EmailTemplateId; sms?: SmsTemplateId }

const BUYER: Record<MessageStage, Audience> = {
  received: { email: "buyer-order-received", sms: "sms-order-received" },
  payment_confirmed: { email: "buyer-payment-confirmed" },
  payment_failed: { email: "buyer-payment-failed" },
  invoice: { email: "buyer-invoice" },
  accepted: { email: "buyer-order-accepted" },
  shipped: { email: "buyer-order-shipped", sms: "sms-order-shipped" },
  delivered: { email: "buyer-order-delivered", sms: "sms-order-delivered" },
  canceled: { email: "buyer-order-canceled", sms: "sms-order-canceled" },
  refunded: { email: "buyer-order-refunded" },
  deal_awaiting_approval: { email: "buyer-deal-order-awaiting-approval", sms: "sms-deal-order-awaiting-approval" },
  deal_approved: { email: "buyer-deal-order-approved", sms: "sms-deal-order-approved" },
  deal_rejected: { email: "buyer-deal-order-rejected", sms: "sms-deal-order-rejected" },
  deal_waitlist_offered: { email: "buyer-deal-waitlist-offered", sms: "sms-deal-waitlist-offered" },
}

const SELLER: Partial<Record<MessageStage, Audience>> = {
  received: { email: "seller-new-order", sms: "sms-seller-new-order" },
  canceled: { email: "seller-order-canceled", sms: "sms-seller-order-canceled" },
}

/**
 * The messages of one stage: email when the recipient has an address, else SMS for the key
 * stages when SMS is on; sellers (who sign in by phone) the same way, and a copy of seller
 * messages to the operator's address when one is configured. Orders outside Bazaar's shops get
 * nothing: in a plugin install they are the host shop's, with its own notifications.
 */
export function planMessages(facts: MessageFacts, policy: MessagePolicy): PlannedMessage[] {
  if (!facts.shop_id) return []
  const planned: PlannedMessage[] = []
  const add = (channel: "email" | "sms", to: string, template: TemplateId, receiverId: string | null) => {
    if (planned.some((entry) => entry.to === to && entry.template === template)) return
    planned.push({
      to,
      channel,
      template,
      data: facts.data,
      idempotency_key: messageKey(facts.event, facts.entity_id, template, to),
      trigger_type: facts.event,
      resource_id: facts.resource.id,
      resource_type: facts.resource.type,
      receiver_id: receiverId,
    })
  }
  const reach = (recipient: Recipient, audience: Audience) => {
    if (recipient.email) add("email", recipient.email, audience.email, recipient.id ?? null)
    else if (audience.sms && policy.sms && recipient.phone) add("sms", recipient.phone, audience.sms, recipient.id ?? null)
  }
  reach(facts.buyer, BUYER[facts.stage])
  const seller = SELLER[facts.stage]
  if (seller) {
    if (facts.seller) reach(facts.seller, seller)
    if (policy.operatorEmail) add("email", policy.operatorEmail, seller.email, null)
  }
  return planned
}
