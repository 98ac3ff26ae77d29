import type { MessageData } from "../templates/types"
import type { NotificationRow } from "./notification-rows"
import type { MessageToSend } from "./send-message"

/** Another attempt at a stored message: same recipient, template and data, its own key, linked to the first send. */
export function attemptOf(root: NotificationRow, idempotencyKey: string): MessageToSend {
  return {
    to: root.to,
    channel: root.channel,
    template: root.template ?? "",
    data: (root.data ?? {}) as MessageData,
    idempotency_key: idempotencyKey,
    trigger_type: root.trigger_type ?? "bazaar.message.retry",
    resource_id: root.resource_id ?? "",
    resource_type: root.resource_type ?? "",
    receiver_id: root.receiver_id ?? null,
    original_notification_id: root.id,
  }
}
