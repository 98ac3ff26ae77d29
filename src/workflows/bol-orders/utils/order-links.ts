import type { MedusaContainer } from "@medusajs/framework/types"
import { BOL_MODULE } from "../../../modules/bol"
import type BolModuleService from "../../../modules/bol/service"

export type PresentedBolOrderLink = {
  id: string
  order_id: string
  bol_order_id: string
  account_id: string
  fulfilment_method: string | null
  created_at: Date
}

export function presentOrderLink(link: Record<string, any>): PresentedBolOrderLink {
  return {
    id: link.id,
    order_id: link.order_id,
    bol_order_id: link.bol_order_id,
    account_id: link.account_id ?? link.account?.id,
    fulfilment_method: link.fulfilment_method ?? null,
    created_at: link.created_at,
  }
}

/** The bol.com order a Medusa order is linked to, if any. */
export async function bolLinkOfOrder(container: MedusaContainer, orderId: string): Promise<PresentedBolOrderLink | null> {
  const [link] = await container.resolve<BolModuleService>(BOL_MODULE).listBolOrderLinks({ order_id: orderId })
  return link ? presentOrderLink(link) : null
}
