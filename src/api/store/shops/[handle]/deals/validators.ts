import { z } from "@medusajs/framework/zod"

export const ClaimDealBody = z
  .object({
    cart_id: z.string().min(1).max(100),
    quantity: z.number().int().min(1).max(1000).default(1).describe("Units to claim; at most the deal's per-customer limit (default 1)"),
  })
  .strict()
export type ClaimDealBodyType = z.infer<typeof ClaimDealBody>

export const JoinWaitlistBody = z.object({}).strict()
