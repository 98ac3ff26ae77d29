import { z } from "@medusajs/framework/zod"

export const PhoneOtpBody = z
  .object({
    phone: z.string({ error: "phone is required" }).min(1, "phone is required"),
    code: z.string({ error: "code must be a string of digits" }).optional(),
  })
  .strict()

export type PhoneOtpBodyType = z.infer<typeof PhoneOtpBody>
