import { z } from "@medusajs/framework/zod"

export const RegisterSellerBody = z
  .object({ name: z.string().trim().min(1, "name is required").max(120) })
  .strict()
export type RegisterSellerBodyType = z.infer<typeof RegisterSellerBody>

const ShopAddress = z
      .object({
        line: z.string().trim().min(1, "address.line is required"),
        city: z.string().trim().min(1, "address.city is required"),
        postal_code: z.string().trim().min(1, "address.postal_code is required"),
        country_code: z
          .string()
          .regex(/^[a-zA-Z]{2}$/, "address.country_code must be a two-letter ISO code"),
        phone: z.string().trim().min(1).optional(),
      })
      .strict()

export const CreateShopBody = z
  .object({
    name: z.string().trim().min(1, "name is required").max(120),
    address: ShopAddress,
  })
  .strict()
export type CreateShopBodyType = z.infer<typeof CreateShopBody>

export const UpdateShopBody = z
  .object({
    name: z.string().trim().min(1, "name cannot be empty").max(120).optional(),
    address: ShopAddress.optional(),
    /** Derive a new handle from the (new) name; the old one keeps resolving. */
    new_handle: z.boolean().optional(),
  })
  .strict()
export type UpdateShopBodyType = z.infer<typeof UpdateShopBody>

// refine, not positive(): Medusa rewrites the message of a too_small issue
const price = (field: string) =>
  z.number({ error: `${field} must be a number` }).refine((v) => v > 0, `${field} must be greater than 0`)
const productName = z.string({ error: "name must be text" }).trim().min(1, "name is required").max(200)
const description = z.string({ error: "description must be text" }).trim().max(5000)
const imageUrl = z
  .string({ error: "image_url must be an http(s) URL" })
  .regex(/^https?:\/\/\S+$/, "image_url must be an http(s) URL")
const categoryName = z
  .string({ error: "category must be a name" })
  .trim()
  .min(1, "category is required")
  .max(100)

/** Either a JSON body with `image_url`, or multipart/form-data with an `image` file (see product-image-upload). */
export const CreateShopProductBody = z
  .object({
    name: productName,
    description: description.optional(),
    mrp: price("mrp"),
    sale_price: price("sale_price").optional(),
    image_url: imageUrl.optional(),
    category: categoryName,
  })
  .strict()
  .refine((body) => body.sale_price === undefined || body.sale_price <= body.mrp, {
    message: "sale_price cannot be above mrp",
    path: ["sale_price"],
  })
export type CreateShopProductBodyType = z.infer<typeof CreateShopProductBody>

export const ListShopOrdersQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
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

/** Only the fields given change; `sale_price: null` removes the sale price. */
export const UpdateShopProductBody = z
  .object({
    name: productName.optional(),
    description: description.nullable().optional(),
    mrp: price("mrp").optional(),
    sale_price: price("sale_price").nullable().optional(),
    image_url: imageUrl.optional(),
    category: categoryName.optional(),
  })
  .strict()
export type UpdateShopProductBodyType = z.infer<typeof UpdateShopProductBody>

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
