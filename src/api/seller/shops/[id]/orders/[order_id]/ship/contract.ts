import { defineRouteContract } from "../../../../../../../lib/openapi"
import { ShipShopOrderBody } from "../../validators"
import { orderActionOperation } from "../order-action-contract"

export default defineRouteContract({
  tag: "Seller: orders",
  POST: orderActionOperation("Ship an accepted order, with an optional tracking number and URL", ShipShopOrderBody),
})
