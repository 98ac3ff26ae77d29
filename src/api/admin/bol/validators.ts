import { z } from "@medusajs/framework/zod"
import { ListBolShipmentsQuery } from "../../seller/shops/[id]/bol/validators"

export const AdminListBolShipmentsQuery = ListBolShipmentsQuery.extend({
  shop_id: z.string().min(1).optional(),
  account_id: z.string().min(1).optional(),
}).strict()
export type AdminListBolShipmentsQueryType = z.infer<typeof AdminListBolShipmentsQuery>
