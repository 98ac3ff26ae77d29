import { defineRouteContract } from "../../../../../../../lib/openapi"
import { EmptyBody } from "../../validators"
import { orderActionOperation } from "../order-action-contract"

export default defineRouteContract({
  tag: "Seller: orders",
  POST: orderActionOperation("Cancel a placed or accepted order", EmptyBody),
})
