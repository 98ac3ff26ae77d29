import { defineRouteContract } from "../../../../../lib/openapi"
import { shopOwnerOperation } from "../../../shop-owner-contract"

export default defineRouteContract({ tag: "Admin", GET: shopOwnerOperation("order") })
