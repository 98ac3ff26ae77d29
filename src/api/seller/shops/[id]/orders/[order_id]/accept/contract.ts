import { defineRouteContract } from "../../../../../../../lib/openapi"
import { AcceptShopOrderBody } from "../../validators"
import { orderActionOperation } from "../order-action-contract"

export default defineRouteContract({
  tag: "Seller: orders",
  POST: orderActionOperation(
    "Accept (pack) a placed order",
    AcceptShopOrderBody,
    "An order linked to bol.com ships on bol.com, with an optional `transporter_code` and `tracking_number`."
  ),
})
