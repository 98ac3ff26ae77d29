import { z } from "@medusajs/framework/zod"

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
