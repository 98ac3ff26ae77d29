import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE, DealError } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

const deals = (container: { resolve: <T>(key: string) => T }) => container.resolve<DealModuleService>(DEAL_MODULE)

async function cartOfOrder(container: { resolve: (key: string) => any }, orderId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } })
  return (data[0]?.cart_id as string | undefined) ?? null
}

/** The deal claims of an order waiting for an operator; 404/409 when it is no deal order or already decided. */
export const loadOpenDealOrderStep = createStep(
  "load-open-deal-order",
  async (input: { order_id: string }, { container }) => {
    const claims = await deals(container).listDealClaims({ order_id: input.order_id })
    if (!claims.length) throw new DealError("deal_order_not_found", `Order ${input.order_id} is not a deal order`)
    if (!claims.some((claim) => claim.status === "ordered")) {
      throw new DealError("deal_order_decided", `Deal order ${input.order_id} is already ${claims[0].status}`)
    }
    return new StepResponse({ deal_ids: [...new Set(claims.map((claim) => claim.deal_id))] })
  }
)

/** Whether the order holds deal units that wait for an operator's approval. */
export async function awaitsDealApproval(container: { resolve: (key: string) => any }, orderId: string): Promise<boolean> {
  const waiting = await deals(container).claimsAwaitingApproval(orderId, await cartOfOrder(container, orderId))
  return waiting.length > 0
}

/** A seller may not move a deal order before an operator approved it. */
export const refuseUnapprovedDealOrderStep = createStep(
  "refuse-unapproved-deal-order",
  async (input: { order_id: string }, { container }) => {
    if (await awaitsDealApproval(container, input.order_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${input.order_id} holds lightning-deal units and waits for the marketplace's approval; accept it once approved`
      )
    }
    return new StepResponse(null)
  }
)

export const decideDealOrderStep = createStep(
  "decide-deal-order",
  async (input: { order_id: string; approve: boolean; reason: string | null; by: string | null }, { container }) => {
    const decided = await deals(container).decideOrder(input.order_id, input)
    return new StepResponse(decided)
  }
)

/** Marks the deal claims of a just-placed order as ordered (waiting for approval). */
export const recordDealOrderStep = createStep(
  "record-deal-order",
  async (input: { order_id: string }, { container }) => {
    const cartId = await cartOfOrder(container, input.order_id)
    const recorded = cartId ? await deals(container).recordOrder(cartId, input.order_id) : []
    return new StepResponse({ deal_ids: [...new Set(recorded.map((row: any) => row.deal_id as string))] })
  }
)
