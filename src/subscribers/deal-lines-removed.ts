import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DEAL_MODULE } from "../modules/deal"
import type DealModuleService from "../modules/deal/service"
import { releaseRemovedDealLinesWorkflow } from "../workflows/deals/release-removed-deal-lines"

/** A cart changed (through any route): a deal line that left it releases its claim. */
export default async function dealLinesRemoved({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!(await container.resolve<DealModuleService>(DEAL_MODULE).cartHasActiveClaims(event.data.id))) return
  await releaseRemovedDealLinesWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "cart.updated", context: { subscriberId: "bazaar-deal-lines-removed" } }
