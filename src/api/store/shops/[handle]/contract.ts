import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"
import { ShopAddress } from "../responses"

export default defineRouteContract({
  tag: "Store: shops",
  GET: {
    summary: "A shop as buyers see it, with the publishable key that scopes Medusa's store routes to it",
    description:
      "Send any valid publishable key (the marketplace's); then use the shop's `publishable_key`. A former handle answers too, with `redirect`; unknown handles, closed shops and shops of pending or suspended sellers are a `404`.",
    conditional: true,
    errors: [404],
    responses: {
      200: {
        description: "The shop",
        schema: z.object({
          shop: z.object({
            id: z.string(),
            name: z.string(),
            handle: z.string(),
            link: z.string(),
            address: ShopAddress,
            publishable_key: z.string().nullable(),
          }),
          redirect: z.object({ handle: z.string(), link: z.string() }).nullable().describe("Set when a former handle was asked for"),
        }),
        example: {
          shop: {
            id: "shop_01JD8Y2M",
            name: "Chai & Samosa Corner",
            handle: "chai-samosa-corner",
            link: "http://localhost:8000/chai-samosa-corner",
            address: { line: "12 MG Road", city: "Bengaluru", postal_code: "560001", country_code: "IN", phone: null },
            publishable_key: "pk_01JD8Y2N",
          },
          redirect: null,
        },
      },
    },
  },
})
