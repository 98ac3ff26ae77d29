import type { MedusaContainer } from "@medusajs/framework/types"
import { listNotificationRows, countNotificationRows, type NotificationRow } from "./notification-rows"
import { MESSAGE_KEY_PREFIX } from "./stages"

export type MessageListFilters = { status?: "failure" | "pending" | "success"; resource_id?: string; limit: number; offset: number }

export type ListedMessage = {
  id: string
  to: string
  channel: string
  template: string | null
  status: string
  trigger_type: string | null
  resource_type: string | null
  resource_id: string | null
  /** The first send, when this row is a retry or a resend of it. */
  original_notification_id: string | null
  /** Whether this message got through (this attempt or another attempt of the same message). */
  delivered: boolean
  created_at: string
}

const iso = (value: Date | string) => new Date(value).toISOString()

/** Bazaar's messages (every attempt is a row), failures first, then pending, then sent; newest first within each. */
export async function listMessages(container: MedusaContainer, filters: MessageListFilters) {
  const where: Record<string, unknown> = { idempotency_key: { $like: `${MESSAGE_KEY_PREFIX}%` } }
  if (filters.status) where.status = filters.status
  if (filters.resource_id) where.resource_id = filters.resource_id
  // "failure" < "pending" < "success": the status order is the operators' order.
  const [rows, count] = await countNotificationRows(container, where, {
    take: filters.limit,
    skip: filters.offset,
    order: { status: "ASC", created_at: "DESC" },
  })
  const rootIds = [...new Set(rows.map((row) => row.original_notification_id ?? row.id))]
  const family = rootIds.length
    ? await listNotificationRows(container, { $or: [{ id: rootIds }, { original_notification_id: rootIds }], status: "success" }, { select: ["id", "original_notification_id"] })
    : []
  const delivered = new Set(family.map((row) => row.original_notification_id ?? row.id))
  const messages: ListedMessage[] = rows.map((row: NotificationRow) => ({
    id: row.id,
    to: row.to,
    channel: row.channel,
    template: row.template ?? null,
    status: row.status,
    trigger_type: row.trigger_type ?? null,
    resource_type: row.resource_type ?? null,
    resource_id: row.resource_id ?? null,
    original_notification_id: row.original_notification_id ?? null,
    delivered: delivered.has(row.original_notification_id ?? row.id),
    created_at: iso(row.created_at),
  }))
  return { messages, count }
}
