import { z } from "@medusajs/framework/zod"

export const ListMessagesQuery = z
  .object({
    status: z.enum(["failure", "pending", "success"]).optional(),
    resource_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListMessagesQueryType = z.infer<typeof ListMessagesQuery>

export const ResendMessageBody = z.object({}).strict()
