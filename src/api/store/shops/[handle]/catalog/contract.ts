import { z } from "@medusajs/framework/zod"
import { amount, defineRouteContract } from "../../../../../lib/openapi"

export default defineRouteContract({
  tag: "Store: shops",
  GET: {
    summary: "The shop's catalog: categories with most products first (ties by name), each with its products",
    description: "MRP and sale price come from Medusa's calculated price in the shop's currency; `sale_price` is null when the product is not on sale.",
    conditional: true,
    errors: [404],
    responses: {
      200: {
        description: "The catalog",
        schema: z.object({
          shop: z.object({ id: z.string(), handle: z.string() }),
          categories: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              products: z.array(
                z.object({
                  id: z.string(),
                  title: z.string(),
                  description: z.string().nullable(),
                  image_url: z.string().nullable(),
                  mrp: amount,
                  sale_price: amount,
                  currency_code: z.string(),
                })
              ),
            })
          ),
        }),
        example: {
          shop: { id: "shop_01JD8Y2M", handle: "chai-samosa-corner" },
          categories: [
            {
              id: "pcat_01JD8YC1",
              name: "Tea",
              products: [
                { id: "prod_01JD8YB1", title: "Masala Chai", description: "Strong, with ginger", image_url: "https://example.com/chai.png", mrp: 30, sale_price: 25, currency_code: "inr" },
              ],
            },
          ],
        },
      },
    },
  },
})
