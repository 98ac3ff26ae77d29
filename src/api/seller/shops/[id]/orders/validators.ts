import { z } from "@medusajs/framework/zod"
import { SHOP_ORDER_STATES } from "../../../../../lib/orders/shop-order-state"

export const ListShopOrdersQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    /** Only the orders in this state (as the seller sees it: read from the order and its fulfillment). */
    state: z.enum(SHOP_ORDER_STATES).optional(),
  })
  .strict()
export type ListShopOrdersQueryType = z.infer<typeof ListShopOrdersQuery>

const trackingNumber = z.string().trim().min(1, "tracking_number cannot be empty").max(100)
/** bol.com's code of the carrier (TNT, DHL, DPD_NL, …). */
const transporterCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "transporter_code must be one of bol.com's transporter codes, such as TNT, DHL or DPD_NL")

/** Accepting takes shipment details only for an order linked to bol.com (it ships there). */
export const AcceptShopOrderBody = z
  .object({ transporter_code: transporterCode.optional(), tracking_number: trackingNumber.optional() })
  .strict()
export type AcceptShopOrderBodyType = z.infer<typeof AcceptShopOrderBody>

export const ShipShopOrderBody = z
  .object({
    tracking_number: trackingNumber.optional(),
    tracking_url: z.string().regex(/^https?:\/\/\S+$/, "tracking_url must be an http(s) URL").optional(),
  })
  .strict()
export type ShipShopOrderBodyType = z.infer<typeof ShipShopOrderBody>

/** Deliver and cancel take no fields. */
export const EmptyBody = z.object({}).strict()
