import { z } from "@medusajs/framework/zod"

export const SetEmailLoginBody = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an email address like asha@example.com").max(254),
    password: z.string().min(8, "password must have at least 8 characters").max(128, "password must have at most 128 characters"),
  })
  .strict()
export type SetEmailLoginBodyType = z.infer<typeof SetEmailLoginBody>
