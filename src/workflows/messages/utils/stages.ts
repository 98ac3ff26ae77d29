import { MedusaError } from "@medusajs/framework/utils"

/** The order stages Bazaar tells someone about. */
export type MessageStage =
  | "received"
  | "payment_confirmed"
  | "payment_failed"
  | "invoice"
  | "accepted"
  | "shipped"
  | "delivered"
  | "canceled"
  | "refunded"
  | "deal_awaiting_approval"
  | "deal_approved"
  | "deal_rejected"
  | "deal_waitlist_offered"

/** What a subscriber passes on: the event, the stage it means, and the ids the event carried. */
export type OrderMessageTrigger = {
  event: string
  stage: MessageStage
  order_id?: string
  payment_id?: string
  fulfillment_id?: string
  cart_id?: string
  document_id?: string
  reason?: string
  /** The deals of a deal order (deal stages). */
  deal_ids?: string[]
  /** A waitlist offer: the entry, its deal, the customer and until when the unit is held (ISO). */
  waitlist_entry_id?: string
  deal_id?: string
  customer_id?: string
  offered_until?: string
}

/** The entity a stage's message is about, for its idempotency key: one message per (event, entity, template, recipient). */
export function triggerEntityId(trigger: OrderMessageTrigger): string {
  const id = {
    received: trigger.order_id,
    accepted: trigger.order_id,
    canceled: trigger.order_id,
    payment_confirmed: trigger.payment_id,
    payment_failed: trigger.cart_id,
    shipped: trigger.fulfillment_id,
    delivered: trigger.fulfillment_id,
    invoice: trigger.document_id,
    refunded: trigger.document_id,
    deal_awaiting_approval: trigger.order_id,
    deal_approved: trigger.order_id,
    deal_rejected: trigger.order_id,
    deal_waitlist_offered: trigger.waitlist_entry_id,
  }[trigger.stage]
  if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `message stage ${trigger.stage} (event ${trigger.event}) needs its entity id`)
  return id
}

/** Every Bazaar message's idempotency key starts with this, which is how operators' lists find them. */
export const MESSAGE_KEY_PREFIX = "bazaar:"

export function messageKey(event: string, entityId: string, template: string, to: string): string {
  return `${MESSAGE_KEY_PREFIX}${event}:${entityId}:${template}:${to}`
}
