import { z } from "@medusajs/framework/zod"

const MAX_QUANTITY = 1000

const quantity = (min: number) =>
  z
    .number({ error: "quantity must be a whole number" })
    .refine((v) => Number.isInteger(v) && v >= min && v <= MAX_QUANTITY, `quantity must be a whole number from ${min} to ${MAX_QUANTITY}`)

/** Prices, titles and images never come from the client: only what to add and how many. */
export const AddShopCartItemBody = z
  .object({
    product_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    quantity: quantity(1),
  })
  .strict()
  .refine((body) => !!body.product_id !== !!body.variant_id, {
    message: "Send either product_id or variant_id",
    path: ["product_id"],
  })
export type AddShopCartItemBodyType = z.infer<typeof AddShopCartItemBody>

export const UpdateShopCartItemBody = z.object({ quantity: quantity(0) }).strict()
export type UpdateShopCartItemBodyType = z.infer<typeof UpdateShopCartItemBody>

// Medusa's error formatter names the field itself ("Field 'shipping_address, city' is required")
const required = () => z.string().trim().min(1)

export const CheckoutShopCartBody = z
  .object({
    email: z.string().email("email must be an email address").optional(),
    shipping_address: z
      .object({
        first_name: required(),
        last_name: z.string().trim().optional(),
        address_1: required(),
        address_2: z.string().trim().optional(),
        city: required(),
        postal_code: required(),
        country_code: z
          .string({ error: "shipping_address.country_code is required" })
          .regex(/^[a-zA-Z]{2}$/, "shipping_address.country_code must be a two-letter ISO code"),
        phone: z.string().trim().optional(),
      })
      .strict(),
    /**
     * Medusa payment provider: `pp_system_default` (pay on delivery, the
     * default) or `pp_stripe_stripe` (card through Stripe, when the shop's
     * region offers it).
     */
    payment_provider_id: z
      .string({ error: "payment_provider_id must be a payment provider id such as pp_system_default or pp_stripe_stripe" })
      .regex(/^pp_[a-z0-9_-]+$/i, "payment_provider_id must be a payment provider id such as pp_system_default or pp_stripe_stripe")
      .default("pp_system_default"),
  })
  .strict()
export type CheckoutShopCartBodyType = z.infer<typeof CheckoutShopCartBody>
