import { z } from "@medusajs/framework/zod"

export const ListReconcileFindingsQuery = z
  .object({
    action: z.enum(["repaired", "alerted", "failed"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListReconcileFindingsQueryType = z.infer<typeof ListReconcileFindingsQuery>

export const RunReconcileBody = z.object({}).strict()
