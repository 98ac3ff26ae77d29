import { z } from "@medusajs/framework/zod"
import { defineRouteContract, deleted } from "../../../../../../../lib/openapi"
import { BolAccount, bolAccountExample } from "../../responses"

export default defineRouteContract({
  tag: "Seller: bol.com",
  GET: {
    summary: "One bol.com account of the shop",
    errors: [404],
    responses: { 200: { description: "The account", schema: z.object({ account: BolAccount }), example: { account: bolAccountExample } } },
  },
  DELETE: {
    summary: "Disconnect the account; its synced data goes with it",
    errors: [403, 404],
    responses: {
      200: { description: "What was deleted", schema: deleted("bol_account"), example: { id: "bolacc_01JD91", object: "bol_account", deleted: true } },
    },
  },
})
