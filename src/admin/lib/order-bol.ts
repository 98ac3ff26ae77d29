import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type OrderBolOverview = {
  order_link: { bol_order_id: string; account_label: string; fulfilment_method: string | null } | null
  shipments: {
    id: string
    shipment_id: string
    fulfilment_method: string | null
    shipment_date: string | null
    transporter_code: string | null
    track_and_trace: string | null
    transport_events: { event_code: string; event_date_time: string }[]
  }[]
  fulfillments: { id: string; process_status_id: string | null; tracking_numbers: string[] }[]
}

export function useOrderBol(orderId: string) {
  return useQuery({
    queryKey: ["bazaar", "order-bol", orderId],
    queryFn: () => sdk.client.fetch<OrderBolOverview>(`/admin/orders/${orderId}/bol`),
  })
}
