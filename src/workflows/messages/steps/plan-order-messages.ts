import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { loadMessageFacts } from "../utils/load-message-facts"
import { planMessages, type PlannedMessage } from "../utils/plan-messages"
import type { OrderMessageTrigger } from "../utils/stages"

/** Reads what a stage's messages need (order, shop, seller, buyer, tracking, document) and decides who gets what. */
export const planOrderMessagesStep = createStep(
  "plan-order-messages",
  async (trigger: OrderMessageTrigger, { container }) => {
    const { storefrontUrl, messages } = container.resolve<BazaarModuleService>(BAZAAR_MODULE).options
    const facts = await loadMessageFacts(container, trigger, storefrontUrl)
    return new StepResponse<PlannedMessage[]>(planMessages(facts, { sms: messages.sms, operatorEmail: messages.operatorEmail }))
  }
)
