import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../lib/openapi"
import { ShopProduct, shopProductExample } from "../../responses"
import { CreateShopProductBody } from "./validators"

export default defineRouteContract({
  tag: "Seller: products",
  GET: {
    summary: "The shop's products with MRP and sale price, by name",
    errors: [404],
    responses: {
      200: { description: "The products", schema: z.object({ products: z.array(ShopProduct) }), example: { products: [shopProductExample] } },
    },
  },
  POST: {
    summary: "Upload a product",
    description:
      "JSON with an `image_url`, or multipart/form-data with the photo in the field `image` (PNG, JPEG, WebP or GIF, checked by its bytes). `sale_price` may not be above `mrp`; the category is the shop's own, created on first use.",
    body: CreateShopProductBody,
    multipartFiles: { image: "The product's photo: PNG, JPEG, WebP or GIF, at most `maxImageBytes`" },
    errors: [403, 404, 413],
    responses: {
      201: { description: "The new product", schema: z.object({ product: ShopProduct }), example: { product: shopProductExample } },
    },
  },
})
