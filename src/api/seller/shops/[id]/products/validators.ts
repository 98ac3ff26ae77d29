import { z } from "@medusajs/framework/zod"

// refine, not positive(): Medusa rewrites the message of a too_small issue
const price = (field: string) =>
  z.number({ error: `${field} must be a number` }).refine((v) => v > 0, `${field} must be greater than 0`)
const productName = z.string({ error: "name must be text" }).trim().min(1, "name is required").max(200)
const description = z.string({ error: "description must be text" }).trim().max(5000)
const imageUrl = z
  .string({ error: "image_url must be an http(s) URL" })
  .regex(/^https?:\/\/\S+$/, "image_url must be an http(s) URL")
const categoryName = z
  .string({ error: "category must be a name" })
  .trim()
  .min(1, "category is required")
  .max(100)

/** Either a JSON body with `image_url`, or multipart/form-data with an `image` file (see product-image-upload). */
export const CreateShopProductBody = z
  .object({
    name: productName,
    description: description.optional(),
    mrp: price("mrp"),
    sale_price: price("sale_price").optional(),
    image_url: imageUrl.optional(),
    category: categoryName,
  })
  .strict()
  .refine((body) => body.sale_price === undefined || body.sale_price <= body.mrp, {
    message: "sale_price cannot be above mrp",
    path: ["sale_price"],
  })
export type CreateShopProductBodyType = z.infer<typeof CreateShopProductBody>

/** Only the fields given change; `sale_price: null` removes the sale price. */
export const UpdateShopProductBody = z
  .object({
    name: productName.optional(),
    description: description.nullable().optional(),
    mrp: price("mrp").optional(),
    sale_price: price("sale_price").nullable().optional(),
    image_url: imageUrl.optional(),
    category: categoryName.optional(),
  })
  .strict()
export type UpdateShopProductBodyType = z.infer<typeof UpdateShopProductBody>
