import { defineRouteContract } from "../../../../lib/openapi"
import { AdminListBolShipmentsQuery } from "../validators"
import { BolShipmentPage } from "../../../seller/shops/[id]/bol/responses"

export default defineRouteContract({
  tag: "Admin: bol.com",
  GET: {
    summary: "Synced bol.com shipments of all shops (or one shop or account), newest first",
    query: AdminListBolShipmentsQuery,
    responses: {
      200: {
        description: "A page of shipments",
        schema: BolShipmentPage,
        example: {
          shipments: [
            {
              id: "bolshp_01JD94",
              account_id: "bolacc_01JD91",
              shipment_id: "914587795",
              order_id: "A2K8290LP8",
              fulfilment_method: "FBR",
              shipment_date: "2026-11-29T09:00:00.000Z",
              shipment_reference: null,
              transporter_code: "TNT",
              track_and_trace: "3SAOLD1234567",
              detail_synced_at: "2026-11-29T09:15:00.000Z",
            },
          ],
          count: 1,
          limit: 20,
          offset: 0,
        },
      },
    },
  },
})
