import { defineRouteContract } from "../../../../../../../lib/openapi"
import { EmptyBody } from "../../validators"
import { orderActionOperation } from "../order-action-contract"

export default defineRouteContract({
  tag: "Seller: orders",
  POST: orderActionOperation("Mark a shipped order delivered", EmptyBody),
})
