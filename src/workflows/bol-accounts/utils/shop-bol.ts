import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BOL_MODULE } from "../../../modules/bol"
import type BolModuleService from "../../../modules/bol/service"

export function bolService(container: MedusaContainer) {
  return container.resolve<BolModuleService>(BOL_MODULE)
}

/** The shop's bol account `id`; 404 for an account of any other shop, as for a missing one. */
export async function ownBolAccount(container: MedusaContainer, shopId: string, id: string) {
  const [account] = await bolService(container).listAccounts({ id, shop_id: shopId })
  if (!account) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `bol.com account ${id} was not found`)
  }
  return account
}

export type ShipmentFilters = {
  fulfilment_method?: "FBR" | "FBB"
  order_id?: string
  shipped_from?: Date
  shipped_to?: Date
  limit: number
  offset: number
}

/** A page of the synced shipments of some accounts, newest shipment first. */
export async function listSyncedShipments(container: MedusaContainer, accountIds: string[], filters: ShipmentFilters) {
  if (!accountIds.length) return { shipments: [], count: 0 }
  const where: Record<string, unknown> = { account_id: accountIds }
  if (filters.fulfilment_method) where.fulfilment_method = filters.fulfilment_method
  if (filters.order_id) where.order_id = filters.order_id
  if (filters.shipped_from || filters.shipped_to) {
    where.shipment_date = {
      ...(filters.shipped_from ? { $gte: filters.shipped_from } : {}),
      ...(filters.shipped_to ? { $lte: filters.shipped_to } : {}),
    }
  }
  const [rows, count] = await bolService(container).listAndCountBolShipments(where, {
    skip: filters.offset,
    take: filters.limit,
    order: { shipment_date: "DESC", shipment_id: "DESC" },
    select: [
      "id", "account_id", "shipment_id", "order_id", "fulfilment_method", "shipment_date",
      "shipment_reference", "transporter_code", "track_and_trace", "detail_synced_at",
    ],
  })
  // the ORM adds the selected account_id as `account: { id }` too; the answer carries the selected columns only
  return { shipments: rows.map(({ account: _account, ...row }) => row), count }
}

/** One synced shipment with its items and transport events; 404 unless it belongs to one of `accountIds`. */
export async function retrieveSyncedShipment(container: MedusaContainer, accountIds: string[], id: string) {
  const [shipment] = accountIds.length
    ? await bolService(container).listBolShipments(
        { id, account_id: accountIds },
        { relations: ["items", "transport_events"] }
      )
    : []
  if (!shipment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shipment ${id} was not found`)
  }
  const { raw, ...typed } = shipment
  return {
    ...typed,
    items: (shipment.items ?? []).map(({ raw: _raw, ...item }) => item),
    transport_events: (shipment.transport_events ?? [])
      .map(({ raw: _raw, ...event }) => event)
      .sort((a, b) => String(a.event_date_time).localeCompare(String(b.event_date_time))),
    detail: raw ?? null,
  }
}
