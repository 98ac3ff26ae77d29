import { z } from "@medusajs/framework/zod"

export const ListSellersQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    status: z.enum(["pending", "active", "suspended"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListSellersQueryType = z.infer<typeof ListSellersQuery>
