import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WaitlistOffer } from "../../../modules/deal"
import { BazaarEvents } from "../../events"

/** Tells each customer a released unit was offered to (the message subscriber turns it into an SMS or email). */
export const emitWaitlistOffersStep = createStep(
  "emit-waitlist-offers",
  async (offers: WaitlistOffer[], { container }) => {
    if (offers.length) {
      await container.resolve(Modules.EVENT_BUS).emit(
        offers.map((offer) => ({
          name: BazaarEvents.DEAL_WAITLIST_OFFERED,
          data: {
            id: offer.id,
            deal_id: offer.deal_id,
            customer_id: offer.customer_id,
            offered_until: new Date(offer.offered_until).toISOString(),
          },
        }))
      )
    }
    return new StepResponse(offers.length)
  }
)
