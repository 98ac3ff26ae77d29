import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { messageHistories } from "../utils/message-history"
import { listNotificationRows, type NotificationRow } from "../utils/notification-rows"
import { MESSAGE_KEY_PREFIX } from "../utils/stages"

export type MessageForResend = { root: NotificationRow; attempt: number }

/** The message an operator resends (any of its attempts may be named); 404 when it is not a Bazaar message. */
export const loadMessageForResendStep = createStep(
  "load-message-for-resend",
  async (input: { id: string }, { container }) => {
    const [row] = await listNotificationRows(container, { id: input.id }, { take: 1 })
    if (!row || !row.idempotency_key?.startsWith(MESSAGE_KEY_PREFIX)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Message ${input.id} was not found`)
    }
    const [history] = await messageHistories(container, [row.original_notification_id ?? row.id])
    if (!history) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Message ${input.id} was not found`)
    return new StepResponse<MessageForResend>({ root: history.root, attempt: history.attempts.length + 1 })
  }
)
