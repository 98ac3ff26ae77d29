import { z } from "@medusajs/framework/zod"

export const RegisterSellerBody = z
  .object({ name: z.string().trim().min(1, "name is required").max(120) })
  .strict()
export type RegisterSellerBodyType = z.infer<typeof RegisterSellerBody>

const ShopAddress = z
      .object({
        line: z.string().trim().min(1, "address.line is required"),
        city: z.string().trim().min(1, "address.city is required"),
        postal_code: z.string().trim().min(1, "address.postal_code is required"),
        country_code: z
          .string()
          .regex(/^[a-zA-Z]{2}$/, "address.country_code must be a two-letter ISO code"),
        phone: z.string().trim().min(1).optional(),
      })
      .strict()

export const CreateShopBody = z
  .object({
    name: z.string().trim().min(1, "name is required").max(120),
    address: ShopAddress,
  })
  .strict()
export type CreateShopBodyType = z.infer<typeof CreateShopBody>

export const UpdateShopBody = z
  .object({
    name: z.string().trim().min(1, "name cannot be empty").max(120).optional(),
    address: ShopAddress.optional(),
    /** Derive a new handle from the (new) name; the old one keeps resolving. */
    new_handle: z.boolean().optional(),
  })
  .strict()
export type UpdateShopBodyType = z.infer<typeof UpdateShopBody>

export const CreateShopProductBody = z
  .object({
    name: z.string().trim().min(1, "name is required").max(200),
    description: z.string().trim().max(5000).optional(),
    // refine, not positive(): Medusa rewrites the message of a too_small issue
    mrp: z
      .number({ error: "mrp must be a number" })
      .refine((v) => v > 0, "mrp must be greater than 0"),
    sale_price: z
      .number({ error: "sale_price must be a number" })
      .refine((v) => v > 0, "sale_price must be greater than 0")
      .optional(),
    image_url: z
      .string({ error: "image_url is required" })
      .regex(/^https?:\/\/\S+$/, "image_url must be an http(s) URL"),
    category: z.string({ error: "category must be a name" }).trim().min(1, "category is required").max(100),
  })
  .strict()
  .refine((body) => body.sale_price === undefined || body.sale_price <= body.mrp, {
    message: "sale_price cannot be above mrp",
    path: ["sale_price"],
  })
export type CreateShopProductBodyType = z.infer<typeof CreateShopProductBody>
