import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isTemplateId, renderMessage } from "../templates/render"
import type { MessageData } from "../templates/types"
import { documentPdf } from "./document-pdf"
import { listNotificationRows } from "./notification-rows"
import type { PlannedMessage } from "./plan-messages"

export type MessageToSend = Omit<PlannedMessage, "template" | "channel"> & {
  template: string
  channel: string
  original_notification_id?: string | null
}

export type SendOutcome = { idempotency_key: string; status: "sent" | "failed" | "duplicate"; notification_id?: string }

async function attachmentsOf(container: MedusaContainer, data: MessageData) {
  if (!data.attachment) return undefined
  const pdf = await documentPdf(container, data.attachment.kind, data.attachment.document_id)
  return [{ filename: data.attachment.filename, content: pdf.toString("base64"), content_type: "application/pdf", disposition: "attachment" }]
}

/**
 * Sends one message through Medusa's Notification module, once per idempotency key: a key that
 * already has a notification (sent, pending or failed) is left to the retry job. The content is
 * rendered here from the template and data the notification row keeps, so a retry renders the
 * same message. A refused send is recorded by the module as `failure` and reported, not thrown.
 */
export async function sendMessage(container: MedusaContainer, message: MessageToSend): Promise<SendOutcome> {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const key = message.idempotency_key
  const [existing] = await listNotificationRows(container, { idempotency_key: key }, { select: ["id"], take: 1 })
  if (existing) return { idempotency_key: key, status: "duplicate", notification_id: existing.id }
  if (!isTemplateId(message.template)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `unknown message template ${message.template}`)
  }

  const rendered = renderMessage(message.template, message.data)
  const content = message.channel === "email" ? rendered : { text: rendered.text }
  const attachments = message.channel === "email" ? await attachmentsOf(container, message.data) : undefined
  try {
    const created = await notifications.createNotifications({
      to: message.to,
      channel: message.channel,
      template: message.template,
      data: message.data as Record<string, unknown>,
      content,
      attachments,
      trigger_type: message.trigger_type,
      resource_id: message.resource_id,
      resource_type: message.resource_type,
      receiver_id: message.receiver_id,
      idempotency_key: key,
      original_notification_id: message.original_notification_id ?? null,
    })
    return { idempotency_key: key, status: "sent", notification_id: created.id }
  } catch (error) {
    // Either the provider refused (the row is now `failure`) or a concurrent delivery claimed the key first.
    const [row] = await listNotificationRows(container, { idempotency_key: key }, { select: ["id", "status"], take: 1 })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Bazaar message ${message.template} (${row?.id ?? "not stored"}) was not sent: ${(error as Error).message.split("\n").pop()}`)
    return { idempotency_key: key, status: row?.status === "failure" || !row ? "failed" : "duplicate", notification_id: row?.id }
  }
}
