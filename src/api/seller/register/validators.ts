import { z } from "@medusajs/framework/zod"

export const RegisterSellerBody = z
  .object({ name: z.string().trim().min(1, "name is required").max(120) })
  .strict()
export type RegisterSellerBodyType = z.infer<typeof RegisterSellerBody>
