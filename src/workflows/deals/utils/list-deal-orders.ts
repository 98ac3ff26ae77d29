import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import { shopOrderState } from "../../../lib/orders/shop-order-state"

export type DealOrderStatus = "awaiting_approval" | "approved" | "rejected"

const CLAIM_STATUS: Record<DealOrderStatus, string> = {
  awaiting_approval: "ordered",
  approved: "approved",
  rejected: "rejected",
}
const ORDER_STATUS: Record<string, DealOrderStatus> = {
  ordered: "awaiting_approval",
  approved: "approved",
  rejected: "rejected",
}

type Claim = {
  id: string
  deal_id: string
  order_id: string | null
  customer_id: string
  quantity: number
  status: string
  updated_at: Date | string
  decided_at: Date | string | null
  decision_reason: string | null
}

/**
 * The order's payment as the buyer reads it, from its payment collection
 * (Medusa computes an order's own payment_status only in its workflows).
 */
function paymentStatus(order: { payment_collections?: { status?: string }[] | null }): string | null {
  const status = order.payment_collections?.[0]?.status
  if (!status) return null
  return status === "completed" ? "captured" : status
}

async function present(container: MedusaContainer, claims: Claim[]) {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const orderIds = [...new Set(claims.flatMap((claim) => (claim.order_id ? [claim.order_id] : [])))]
  const dealIds = [...new Set(claims.map((claim) => claim.deal_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, dealRows] = await Promise.all([
    orderIds.length
      ? query.graph({
          entity: "order",
          fields: [
            "id",
            "display_id",
            "status",
            "created_at",
            "email",
            "customer.phone",
            "fulfillments.id",
            "fulfillments.shipped_at",
            "fulfillments.delivered_at",
            "fulfillments.canceled_at",
            "payment_collections.status",
          ],
          filters: { id: orderIds },
        })
      : Promise.resolve({ data: [] as any[] }),
    dealIds.length ? deals.listDeals({ id: dealIds }) : Promise.resolve([]),
  ])
  const orderById = new Map((orders as any[]).map((order) => [order.id, order]))
  const dealById = new Map(dealRows.map((deal) => [deal.id, deal]))
  const windowMs = deals.settings.approvalWindowHours * 3_600_000
  return claims.map((claim) => {
    const order = orderById.get(claim.order_id) ?? {}
    const deal = dealById.get(claim.deal_id)
    const status = ORDER_STATUS[claim.status] ?? "awaiting_approval"
    return {
      order_id: claim.order_id as string,
      display_id: (order.display_id as number | undefined) ?? null,
      deal_id: claim.deal_id,
      deal_title: deal?.title ?? null,
      shop_id: deal?.shop_id ?? null,
      customer_id: claim.customer_id,
      customer_contact: (order.email as string | undefined) || (order.customer?.phone as string | undefined) || null,
      quantity: claim.quantity,
      deal_price: deal ? Number(deal.price) : null,
      currency_code: deal?.currency_code ?? null,
      status,
      order_state: order.id ? shopOrderState(order) : null,
      payment_status: paymentStatus(order),
      placed_at: order.created_at ? new Date(order.created_at).toISOString() : null,
      approve_by: status === "awaiting_approval" ? new Date(new Date(claim.updated_at).getTime() + windowMs).toISOString() : null,
      decided_at: claim.decided_at ? new Date(claim.decided_at).toISOString() : null,
      reason: claim.decision_reason,
    }
  })
}

/** A page of deal orders with the given status, oldest waiting first. */
export async function listDealOrders(container: MedusaContainer, filter: { status: DealOrderStatus; limit: number; offset: number }) {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const [claims, count] = await deals.listAndCountDealClaims(
    { status: CLAIM_STATUS[filter.status], order_id: { $ne: null } },
    { take: filter.limit, skip: filter.offset, order: { updated_at: "ASC" } }
  )
  return { deal_orders: await present(container, claims as unknown as Claim[]), count }
}

/** The deal order of `orderId` (optionally only if `customerId` placed it), or null. */
export async function findDealOrder(container: MedusaContainer, orderId: string) {
  const claims = await container.resolve<DealModuleService>(DEAL_MODULE).listDealClaims({ order_id: orderId })
  if (!claims.length) return null
  const [view] = await present(container, claims as unknown as Claim[])
  return view
}
