import type { MedusaContainer } from "@medusajs/framework/types"
import { listNotificationRows, type NotificationRow } from "./notification-rows"
import { MESSAGE_KEY_PREFIX } from "./stages"

export type MessageHistory = { root: NotificationRow; attempts: NotificationRow[] }

const byCreated = (a: NotificationRow, b: NotificationRow) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()

/** The first send of each message and all its attempts (retries and resends), oldest first. */
export async function messageHistories(container: MedusaContainer, rootIds: string[]): Promise<MessageHistory[]> {
  if (!rootIds.length) return []
  const [roots, children] = await Promise.all([
    listNotificationRows(container, { id: rootIds }),
    listNotificationRows(container, { original_notification_id: rootIds }),
  ])
  return roots
    .filter((root) => root.idempotency_key?.startsWith(MESSAGE_KEY_PREFIX))
    .map((root) => ({
      root,
      attempts: [root, ...children.filter((child) => child.original_notification_id === root.id)].sort(byCreated),
    }))
}

/** How far back the retry job looks: older failures have given up or wait for an operator's resend. */
export const RETRY_HORIZON_DAYS = 7

/**
 * Bazaar messages that may need another attempt: any attempt that failed or is still pending,
 * newest first, within the horizon.
 */
export async function unsettledMessageIds(container: MedusaContainer, now: Date, limit: number): Promise<string[]> {
  const since = new Date(now.getTime() - RETRY_HORIZON_DAYS * 86_400_000)
  const rows = await listNotificationRows(
    container,
    { status: ["failure", "pending"], idempotency_key: { $like: `${MESSAGE_KEY_PREFIX}%` }, created_at: { $gte: since } },
    { take: limit, order: { created_at: "DESC" } }
  )
  return [...new Set(rows.map((row) => row.original_notification_id ?? row.id))]
}
