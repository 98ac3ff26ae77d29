import type { FindConfig, INotificationModuleService, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** A notification row as the Notification module stores it (its DTO type leaves out the key and timestamps). */
export type NotificationRow = NotificationDTO & {
  idempotency_key: string | null
  created_at: Date | string
  updated_at?: Date | string
}

/**
 * Lists notification rows with any of the model's columns as filters. Medusa's
 * `FilterableNotificationProps` type names only a few columns; its repository accepts all of them
 * and the query operators, hence the one widening cast here.
 */
export async function listNotificationRows(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  config: FindConfig<NotificationDTO> = {}
): Promise<NotificationRow[]> {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  return (await notifications.listNotifications(filters as Parameters<INotificationModuleService["listNotifications"]>[0], config)) as NotificationRow[]
}

export async function countNotificationRows(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  config: FindConfig<NotificationDTO> = {}
): Promise<[NotificationRow[], number]> {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const [rows, count] = await notifications.listAndCountNotifications(
    filters as Parameters<INotificationModuleService["listAndCountNotifications"]>[0],
    config
  )
  return [rows as NotificationRow[], count]
}
