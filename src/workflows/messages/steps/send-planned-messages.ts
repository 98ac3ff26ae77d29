import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedMessage } from "../utils/plan-messages"
import { sendMessage, type SendOutcome } from "../utils/send-message"

/**
 * Sends each planned message once (its idempotency key). No compensation: a sent message cannot
 * be taken back; a refused one stays `failure` for the retry job and the operators' list.
 */
export const sendPlannedMessagesStep = createStep(
  "send-planned-messages",
  async (messages: PlannedMessage[], { container }) => {
    const outcomes: SendOutcome[] = []
    for (const message of messages) {
      outcomes.push(await sendMessage(container, message))
    }
    return new StepResponse(outcomes)
  }
)
