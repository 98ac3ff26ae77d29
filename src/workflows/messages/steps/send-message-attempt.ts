import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attemptOf } from "../utils/attempt-message"
import { attemptKey } from "../utils/retry-policy"
import { sendMessage } from "../utils/send-message"
import type { MessageForResend } from "./load-message-for-resend"

/** Sends an operator's resend as a new attempt of the message (no compensation: a sent message stays sent). */
export const sendMessageAttemptStep = createStep(
  "send-message-attempt",
  async ({ root, attempt }: MessageForResend, { container }) => {
    const outcome = await sendMessage(container, attemptOf(root, attemptKey(root.idempotency_key!, "resend", attempt)))
    return new StepResponse({ message_id: root.id, attempt, status: outcome.status, notification_id: outcome.notification_id })
  }
)
