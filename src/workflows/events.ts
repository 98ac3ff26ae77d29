import { BOL_SHIPMENTS_STORED_EVENT, BOL_SYNC_DETAIL_BATCH_EVENT, BOL_SYNC_LIST_PAGE_EVENT } from "../modules/bol"

/**
 * Every event Bazaar emits. Each carries the `bazaar.` prefix, so that it
 * coexists with the events of the shop Bazaar is installed into and of its
 * other plugins.
 */
export const BazaarEvents = {
  /** `{ id, status }`: a seller was approved, suspended or reinstated. */
  SELLER_STATUS_CHANGED: "bazaar.seller.status_changed",
  /** `{ id, handle }`: a shop was renamed, moved to another address or to a new handle. */
  SHOP_UPDATED: "bazaar.shop.updated",
  /** `{ id, shop_id, action }`: a seller accepted, shipped, delivered or canceled a shop order. */
  SHOP_ORDER_MOVED: "bazaar.shop_order.moved",
  /** `{ id, shop_id }`: a shop connected a bol.com account. */
  BOL_ACCOUNT_CONNECTED: "bazaar.bol.account_connected",
  /** `{ id, shop_id }`: a shop disconnected a bol.com account (its synced data is gone). */
  BOL_ACCOUNT_DISCONNECTED: "bazaar.bol.account_disconnected",
  /** `{ id, order_id, bol_order_id }`: a shop order was linked to a bol.com order. */
  BOL_ORDER_LINKED: "bazaar.bol.order_linked",
  /** A unit of bol.com sync work: one page of a resource's list. */
  BOL_SYNC_LIST_PAGE: BOL_SYNC_LIST_PAGE_EVENT,
  /** A unit of bol.com sync work: details of a batch of listed records. */
  BOL_SYNC_DETAIL_BATCH: BOL_SYNC_DETAIL_BATCH_EVENT,
  /** `{ account_id, bol_order_ids }`: shipment details from bol.com were stored. */
  BOL_SHIPMENTS_STORED: BOL_SHIPMENTS_STORED_EVENT,
  /** `{ cart_id, shop_id, customer_id, provider_id, reason }`: a card payment at checkout was declined or failed. */
  PAYMENT_FAILED: "bazaar.payment.failed",
  /** `{ id, order_id, shop_id }`: an order's invoice was issued (its number is final). */
  INVOICE_ISSUED: "bazaar.invoice.issued",
  /** `{ id, order_id, shop_id }`: an invoice's PDF was rendered and stored (ready to attach or download). */
  INVOICE_PDF_READY: "bazaar.invoice.pdf_ready",
  /** `{ id, invoice_id, order_id, shop_id }`: a credit note was issued for a cancellation or refund. */
  CREDIT_NOTE_ISSUED: "bazaar.credit_note.issued",
  /** `{ id, deal_id, customer_id, offered_until }`: a released deal unit is offered to the first customer in the waitlist. */
  DEAL_WAITLIST_OFFERED: "bazaar.deal.waitlist_offered",
  /** `{ order_id, deal_ids }`: an order of deal units was placed, its payment authorized, and waits for an operator. */
  DEAL_ORDER_AWAITING_APPROVAL: "bazaar.deal_order.awaiting_approval",
  /** `{ order_id, deal_ids }`: an operator approved a deal order; its payment was captured. */
  DEAL_ORDER_APPROVED: "bazaar.deal_order.approved",
  /** `{ order_id, deal_ids, reason, automatic }`: a deal order was rejected; the order is canceled, its units are back. */
  DEAL_ORDER_REJECTED: "bazaar.deal_order.rejected",
} as const
