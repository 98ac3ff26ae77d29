import { z } from "@medusajs/framework/zod"

const RESOURCE_NAMES = ["shipments", "orders", "returns"] as const
const httpUrl = (field: string) => z.string().regex(/^https?:\/\/\S+$/, `${field} must be an http(s) URL`)

export const CreateBolAccountBody = z
  .object({
    label: z.string().trim().min(1).max(100),
    client_id: z.string().trim().min(1).max(200),
    client_secret: z.string().min(1).max(500),
    api_base_url: httpUrl("api_base_url").optional(),
    token_url: httpUrl("token_url").optional(),
    resources: z.array(z.enum(RESOURCE_NAMES)).min(1).optional(),
  })
  .strict()
export type CreateBolAccountBodyType = z.infer<typeof CreateBolAccountBody>

export const StartBolSyncBody = z.object({ resource: z.enum(RESOURCE_NAMES).default("shipments") }).strict()
export type StartBolSyncBodyType = z.infer<typeof StartBolSyncBody>

export const ListBolShipmentsQuery = z
  .object({
    fulfilment_method: z.enum(["FBR", "FBB"]).optional(),
    order_id: z.string().min(1).optional(),
    shipped_from: z.coerce.date().optional(),
    shipped_to: z.coerce.date().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListBolShipmentsQueryType = z.infer<typeof ListBolShipmentsQuery>

export const LinkBolOrderBody = z
  .object({
    order_id: z.string().trim().min(1),
    bol_order_id: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, "bol_order_id must be a bol.com order id"),
    /** Needed only when the shop has several bol.com accounts. */
    account_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type LinkBolOrderBodyType = z.infer<typeof LinkBolOrderBody>

export const ListBolOrderLinksQuery = z
  .object({
    order_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListBolOrderLinksQueryType = z.infer<typeof ListBolOrderLinksQuery>
