import { z } from "@medusajs/framework/zod"
import { DEAL_STATES } from "../../../../admin/bazaar/deals/validators"

export const ListSellerDealsQuery = z
  .object({
    state: z.enum(DEAL_STATES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListSellerDealsQueryType = z.infer<typeof ListSellerDealsQuery>
