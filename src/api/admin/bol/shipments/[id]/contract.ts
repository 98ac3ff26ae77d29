import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../lib/openapi"
import { BolShipmentDetail } from "../../../../seller/shops/[id]/bol/responses"

export default defineRouteContract({
  tag: "Admin: bol.com",
  GET: {
    summary: "One synced shipment in full",
    errors: [404],
    responses: { 200: { description: "The shipment", schema: z.object({ shipment: BolShipmentDetail }) } },
  },
})
