import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { MessageData } from "../templates/types"
import { formatMoney } from "./format"
import { dealOrderData, isDealOrderStage, waitlistOfferFacts } from "./load-deal-facts"
import type { MessageFacts, Recipient } from "./plan-messages"
import { triggerEntityId, type OrderMessageTrigger } from "./stages"

// `any` below: query.graph answers are untyped for fields reached through Bazaar's links.

type ShopRow = { id: string; name: string; handle: string; seller?: Record<string, any> | null }

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "total",
  "sales_channel_id",
  "customer_id",
  "customer.first_name",
  "customer.phone",
  "customer.email",
  "shipping_address.first_name",
  "shipping_address.phone",
  "items.*",
]

async function graph(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters })
  return data as Record<string, any>[]
}

async function shopOfChannel(container: MedusaContainer, salesChannelId: string | null | undefined): Promise<ShopRow | null> {
  if (!salesChannelId) return null
  const [channel] = await graph(container, "sales_channel", ["shop.id", "shop.name", "shop.handle", "shop.seller.*"], { id: salesChannelId })
  return (channel?.shop as ShopRow | undefined) ?? null
}

function seller(shop: ShopRow | null): Recipient | null {
  const row = shop?.seller
  if (!row) return null
  // Sellers sign in by phone; `email` is used when the seller model has one.
  return { id: row.id, phone: row.phone ?? null, email: typeof row.email === "string" ? row.email : null }
}

function items(order: Record<string, any>): MessageData["items"] {
  return (order.items ?? []).map((item: any) => ({
    title: item.title ?? item.product_title ?? "item",
    quantity: Number(item.quantity),
    total: formatMoney(item.total ?? Number(item.unit_price) * Number(item.quantity), order.currency_code) ?? "",
  }))
}

function shopUrl(storefrontUrl: string, shop: ShopRow | null) {
  return shop ? `${storefrontUrl}/${shop.handle}` : undefined
}

async function orderIdOf(container: MedusaContainer, trigger: OrderMessageTrigger): Promise<string> {
  if (trigger.order_id) return trigger.order_id
  if (trigger.fulfillment_id) {
    const [fulfillment] = await graph(container, "fulfillment", ["id", "order.id"], { id: trigger.fulfillment_id })
    if (fulfillment?.order?.id) return fulfillment.order.id
  }
  if (trigger.payment_id) {
    const [payment] = await graph(container, "payment", ["id", "payment_collection.order.id"], { id: trigger.payment_id })
    if (payment?.payment_collection?.order?.id) return payment.payment_collection.order.id
  }
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order found for the ${trigger.event} message`)
}

async function tracking(container: MedusaContainer, fulfillmentId: string | undefined) {
  if (!fulfillmentId) return {}
  const [fulfillment] = await graph(container, "fulfillment", ["id", "labels.*"], { id: fulfillmentId })
  const label = (fulfillment?.labels ?? []).find((entry: any) => entry.tracking_number) ?? {}
  return { tracking_number: label.tracking_number || undefined, tracking_url: label.tracking_url || undefined }
}

/** The invoice or credit note a message is about (the `invoice` module's documents). */
async function document(container: MedusaContainer, kind: "invoice" | "credit_note", id: string) {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [row] = kind === "invoice" ? await invoices.listInvoices({ id }) : await invoices.listCreditNotes({ id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${kind === "invoice" ? "Invoice" : "Credit note"} ${id} was not found`)
  const refund = "reason" in row && row.reason === "refund" ? formatMoney(Number(row.amount), row.currency_code) : undefined
  return {
    document_number: row.number,
    refund_amount: refund,
    attachment: { kind, document_id: row.id, filename: `${row.number}.pdf` },
  }
}

async function paymentFailedFacts(container: MedusaContainer, trigger: OrderMessageTrigger, storefrontUrl: string): Promise<MessageFacts> {
  const cartId = trigger.cart_id!
  const [cart] = await graph(container, "cart", ["id", "email", "sales_channel_id", "customer.first_name", "customer.email", "customer.phone"], { id: cartId })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  const shop = await shopOfChannel(container, cart.sales_channel_id)
  return {
    event: trigger.event,
    stage: trigger.stage,
    entity_id: triggerEntityId(trigger),
    resource: { type: "cart", id: cartId },
    shop_id: shop?.id ?? null,
    data: { shop_name: shop?.name ?? "Bazaar", shop_url: shopUrl(storefrontUrl, shop), buyer_name: cart.customer?.first_name ?? undefined, reason: trigger.reason },
    buyer: { id: cart.customer?.id ?? null, email: cart.email ?? cart.customer?.email ?? null, phone: cart.customer?.phone ?? null },
    seller: null,
  }
}

/** Everything one stage's messages need: the order, its shop and seller, the buyer, tracking, the document, the deals. */
export async function loadMessageFacts(
  container: MedusaContainer,
  trigger: OrderMessageTrigger,
  storefrontUrl: string
): Promise<MessageFacts> {
  if (trigger.stage === "payment_failed") return paymentFailedFacts(container, trigger, storefrontUrl)
  if (trigger.stage === "deal_waitlist_offered") return waitlistOfferFacts(container, trigger, storefrontUrl)

  const orderId = await orderIdOf(container, trigger)
  const [order] = await graph(container, "order", ORDER_FIELDS, { id: orderId })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  const shop = await shopOfChannel(container, order.sales_channel_id)
  const extra =
    trigger.stage === "shipped" || trigger.stage === "delivered"
      ? await tracking(container, trigger.fulfillment_id)
      : trigger.stage === "invoice"
        ? await document(container, "invoice", trigger.document_id!)
        : trigger.stage === "refunded"
          ? await document(container, "credit_note", trigger.document_id!)
          : isDealOrderStage(trigger.stage)
            ? await dealOrderData(container, trigger)
            : {}

  return {
    event: trigger.event,
    stage: trigger.stage,
    entity_id: triggerEntityId(trigger),
    resource: { type: "order", id: order.id },
    shop_id: shop?.id ?? null,
    data: {
      order_id: order.id,
      order_number: String(order.display_id ?? order.id),
      shop_name: shop?.name ?? "Bazaar",
      shop_url: shopUrl(storefrontUrl, shop),
      buyer_name: order.shipping_address?.first_name ?? order.customer?.first_name ?? undefined,
      items: items(order),
      total: formatMoney(order.total, order.currency_code),
      ...extra,
    },
    buyer: {
      id: order.customer_id ?? null,
      email: order.email ?? null,
      phone: order.customer?.phone ?? order.shipping_address?.phone ?? null,
    },
    seller: seller(shop),
  }
}
