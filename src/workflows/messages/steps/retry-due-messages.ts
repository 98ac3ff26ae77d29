import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { attemptOf } from "../utils/attempt-message"
import { messageHistories, unsettledMessageIds } from "../utils/message-history"
import { attemptKey, retryDecision } from "../utils/retry-policy"
import { sendMessage } from "../utils/send-message"

export type RetryDueMessagesInput = { now: string; limit?: number }

export type RetriedMessage = { message_id: string; attempt: number; why: "failed" | "pending_too_long"; status: string }

/** Sends again every message whose latest attempt failed (after its backoff) or has been pending too long. */
export const retryDueMessagesStep = createStep(
  "retry-due-messages",
  async (input: RetryDueMessagesInput, { container }) => {
    const { retry } = container.resolve<BazaarModuleService>(BAZAAR_MODULE).options.messages
    const now = new Date(input.now)
    const histories = await messageHistories(container, await unsettledMessageIds(container, now, input.limit ?? 200))
    const retried: RetriedMessage[] = []
    for (const { root, attempts } of histories) {
      const decision = retryDecision(attempts, now, retry)
      if (decision.action !== "retry") continue
      const outcome = await sendMessage(container, attemptOf(root, attemptKey(root.idempotency_key!, "retry", decision.attempt)))
      retried.push({ message_id: root.id, attempt: decision.attempt, why: decision.why, status: outcome.status })
    }
    return new StepResponse(retried)
  }
)
