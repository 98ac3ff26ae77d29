import { z } from "@medusajs/framework/zod"
import { defineRouteContract, deleted } from "../../../../../../lib/openapi"
import { ShopProduct, shopProductExample } from "../../../responses"
import { UpdateShopProductBody } from "../validators"

const ProductAnswer = z.object({ product: ShopProduct })

export default defineRouteContract({
  tag: "Seller: products",
  GET: {
    summary: "One product of the shop",
    errors: [404],
    responses: { 200: { description: "The product", schema: ProductAnswer, example: { product: shopProductExample } } },
  },
  POST: {
    summary: "Change the fields given (JSON, or multipart/form-data with a new `image`)",
    description: "`sale_price: null` ends the sale; a new MRP at or below the sale price ends it too.",
    body: UpdateShopProductBody,
    multipartFiles: { image: "A new photo: PNG, JPEG, WebP or GIF, at most `maxImageBytes`" },
    errors: [403, 404, 413],
    responses: { 200: { description: "The product as it is now", schema: ProductAnswer, example: { product: shopProductExample } } },
  },
  DELETE: {
    summary: "Delete the product from the shop and the catalog",
    errors: [403, 404],
    responses: {
      200: { description: "What was deleted", schema: deleted("product"), example: { id: "prod_01JD8YB1", object: "product", deleted: true } },
    },
  },
})
