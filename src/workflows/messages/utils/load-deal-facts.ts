import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import type { MessageData } from "../templates/types"
import { formatMoney, formatTime } from "./format"
import type { MessageFacts } from "./plan-messages"
import { triggerEntityId, type MessageStage, type OrderMessageTrigger } from "./stages"

const DEAL_ORDER_STAGES: MessageStage[] = ["deal_awaiting_approval", "deal_approved", "deal_rejected"]

export function isDealOrderStage(stage: MessageStage): boolean {
  return DEAL_ORDER_STAGES.includes(stage)
}

const deals = (container: MedusaContainer) => container.resolve<DealModuleService>(DEAL_MODULE)

/** What a deal order's messages add to the order's: the titles of its deals (in the event's order) and the rejection's reason. */
export async function dealOrderData(container: MedusaContainer, trigger: OrderMessageTrigger): Promise<Partial<MessageData>> {
  const ids = trigger.deal_ids ?? []
  const rows = ids.length ? await deals(container).listDeals({ id: ids }) : []
  const titles = ids.map((id) => rows.find((deal) => deal.id === id)?.title).filter((title): title is string => !!title)
  return { deal_title: titles.join(", ") || undefined, reason: trigger.reason }
}

/** A waitlist unit offered to a customer: the deal, its shop, and the customer's email or phone. */
export async function waitlistOfferFacts(container: MedusaContainer, trigger: OrderMessageTrigger, storefrontUrl: string): Promise<MessageFacts> {
  if (!trigger.deal_id || !trigger.customer_id || !trigger.offered_until) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `the ${trigger.event} message needs deal_id, customer_id and offered_until`)
  }
  const [deal] = await deals(container).listDeals({ id: trigger.deal_id })
  if (!deal) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Deal ${trigger.deal_id} was not found`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: shops }, { data: customers }] = await Promise.all([
    query.graph({ entity: "shop", fields: ["id", "name", "handle"], filters: { id: deal.shop_id } }),
    query.graph({ entity: "customer", fields: ["id", "email", "phone", "first_name"], filters: { id: trigger.customer_id } }),
  ])
  const shop = shops[0] as { id: string; name: string; handle: string } | undefined
  const customer = customers[0] as { id: string; email?: string | null; phone?: string | null; first_name?: string | null } | undefined
  return {
    event: trigger.event,
    stage: trigger.stage,
    entity_id: triggerEntityId(trigger),
    resource: { type: "deal_waitlist_entry", id: trigger.waitlist_entry_id! },
    shop_id: shop?.id ?? null,
    data: {
      shop_name: shop?.name ?? "Bazaar",
      shop_url: shop ? `${storefrontUrl}/${shop.handle}` : undefined,
      buyer_name: customer?.first_name ?? undefined,
      deal_title: deal.title,
      deal_price: formatMoney(deal.price, deal.currency_code),
      offered_until: formatTime(trigger.offered_until),
    },
    buyer: { id: trigger.customer_id, email: customer?.email ?? null, phone: customer?.phone ?? null },
    seller: null,
  }
}
