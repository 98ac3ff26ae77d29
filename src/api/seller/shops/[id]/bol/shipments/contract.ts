import { defineRouteContract } from "../../../../../../lib/openapi"
import { BolShipmentPage } from "../responses"
import { ListBolShipmentsQuery } from "../validators"

export default defineRouteContract({
  tag: "Seller: bol.com",
  GET: {
    summary: "The shop's synced bol.com shipments, newest first",
    query: ListBolShipmentsQuery,
    errors: [404],
    responses: { 200: { description: "A page of shipments", schema: BolShipmentPage } },
  },
})
