import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../lib/openapi"
import { BolOrderLink } from "../../../../seller/shops/[id]/bol/responses"

export default defineRouteContract({
  tag: "Admin: bol.com",
  GET: {
    summary: "The bol.com order linked to an order, its synced shipments and tracking",
    responses: {
      200: {
        description: "`order_link` is null (and the lists empty) for an order that is not a bol.com order",
        schema: z.object({
          order_link: BolOrderLink.extend({ account_label: z.string() }).nullable(),
          shipments: z.array(
            z.object({
              id: z.string(),
              shipment_id: z.string(),
              fulfilment_method: z.string().nullable(),
              shipment_date: timestamp.nullable(),
              transporter_code: z.string().nullable(),
              track_and_trace: z.string().nullable(),
              transport_events: z.array(z.object({ event_code: z.string().nullable(), event_date_time: timestamp.nullable() })),
            })
          ),
          fulfillments: z.array(
            z.object({
              id: z.string(),
              created_at: timestamp,
              shipped_at: timestamp.nullable(),
              canceled_at: timestamp.nullable(),
              process_status_id: z.string().nullable(),
              tracking_numbers: z.array(z.string().nullable()),
            })
          ),
        }),
        example: { order_link: null, shipments: [], fulfillments: [] },
      },
    },
  },
})
