import type { MedusaContainer } from "@medusajs/framework/types"
import { BOL_MODULE } from "../../../modules/bol"
import type BolModuleService from "../../../modules/bol/service"
import { bolLinkOfOrder } from "./order-links"
import { bolFulfillmentsOfOrder } from "./order-fulfillments"

/**
 * What Bazaar knows of a Medusa order on bol.com: the linked bol order, its
 * synced shipments (transport and newest events first) and the order's bol
 * fulfillments with their tracking numbers. `order_link` is null for orders
 * that are not bol.com orders.
 */
export async function orderBolOverview(container: MedusaContainer, orderId: string) {
  const link = await bolLinkOfOrder(container, orderId)
  if (!link) {
    return { order_link: null, shipments: [], fulfillments: [] }
  }
  const service = container.resolve<BolModuleService>(BOL_MODULE)
  const account = await service.retrieveAccount(link.account_id)
  const shipments = await service.listBolShipments(
    { account_id: link.account_id, order_id: link.bol_order_id },
    { relations: ["transport_events"], order: { shipment_date: "DESC" } }
  )
  const fulfillments = (await bolFulfillmentsOfOrder(container, orderId)).map((fulfillment) => ({
    id: fulfillment.id,
    created_at: fulfillment.created_at,
    shipped_at: fulfillment.shipped_at,
    canceled_at: fulfillment.canceled_at,
    process_status_id: fulfillment.data?.process_status_id ?? null,
    tracking_numbers: fulfillment.labels.map((label) => label.tracking_number),
  }))
  return {
    order_link: { ...link, account_label: account.label },
    shipments: shipments.map((shipment: any) => ({
      id: shipment.id,
      shipment_id: shipment.shipment_id,
      fulfilment_method: shipment.fulfilment_method,
      shipment_date: shipment.shipment_date,
      transporter_code: shipment.transporter_code,
      track_and_trace: shipment.track_and_trace,
      transport_events: [...(shipment.transport_events ?? [])]
        .sort((a: any, b: any) => new Date(b.event_date_time).getTime() - new Date(a.event_date_time).getTime())
        .map((event: any) => ({ event_code: event.event_code, event_date_time: event.event_date_time })),
    })),
    fulfillments,
  }
}
