import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BAZAAR_MODULE } from "../../modules/bazaar"
import type BazaarModuleService from "../../modules/bazaar/service"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { EXPANDABLE, fieldsBeyond, sellerAdminAccess } from "../../lib/seller-admin/admin-access"
import { sellerOfAdminActor } from "../../lib/seller-admin/seller-user"

/** A sales channel id no record has: narrows a list to nothing (an empty filter would mean no filter). */
const NO_CHANNEL = "sc_bazaar_none"

const refuse = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)

async function sellerChannelIds(req: AuthenticatedMedusaRequest, sellerId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shop", fields: ["id", "sales_channel.id"], filters: { seller_id: sellerId } })
  return (data as { sales_channel?: { id: string } | null }[]).flatMap((shop) => (shop.sales_channel ? [shop.sales_channel.id] : []))
}

async function isOwn(req: AuthenticatedMedusaRequest, entity: "product" | "order", id: string, sellerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", "shop.seller_id"], filters: { id } })
  return (data as { shop?: { seller_id?: string } | null }[])[0]?.shop?.seller_id === sellerId
}

/**
 * Medusa's admin routes for a seller signed in to the admin: deny by default.
 * A route listed in `src/lib/seller-admin/admin-access.ts` is let through,
 * narrowed to the seller's shops (lists filtered by their sales channels,
 * records of anyone else answered 404, `fields` kept to the record's own
 * parts); every other route answers 403, including routes a later Medusa adds.
 * Operators pass untouched.
 */
export async function guardSellerAdmin(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const sellerId = sellerOfAdminActor(req.auth_context)
  if (!sellerId) return next()
  const { sellerAdmin } = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE).options
  const path = `${req.baseUrl}${req.path}`
  if (!sellerAdmin.enabled) {
    return next(refuse("Sellers may not use the admin (Bazaar option sellerAdmin.enabled is off)"))
  }
  const found = sellerAdminAccess(req.method, path)
  const section = found && "section" in found.access ? found.access.section : null
  if (!found || (section && !sellerAdmin.sections.includes(section))) {
    return next(refuse(`Sellers may not use ${req.method} ${path}; their shops, products and orders are in the workspace at /app/workspace`))
  }
  const { access, id } = found
  if (access.kind === "self") return next()

  const fields = typeof req.query.fields === "string" ? req.query.fields : Array.isArray(req.query.fields) ? req.query.fields.join(",") : ""
  const beyond = fieldsBeyond(fields, EXPANDABLE[access.section])
  if (beyond.length) {
    return next(refuse(`Sellers may expand only ${EXPANDABLE[access.section].join(", ")} here (got fields ${beyond.join(", ")})`))
  }
  if (access.kind === "list") {
    const own = await sellerChannelIds(req, sellerId)
    const asked = [req.query.sales_channel_id ?? []].flat().map(String)
    const channels = asked.length ? own.filter((channel) => asked.includes(channel)) : own
    req.query.sales_channel_id = channels.length ? channels : [NO_CHANNEL]
    return next()
  }
  if (!id || !(await isOwn(req, access.entity, id, sellerId))) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `${access.entity === "order" ? "Order" : "Product"} ${id} was not found`))
  }
  if (req.method !== "GET") {
    // as on the Seller API: a suspended seller may read but not change anything
    const [seller] = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: sellerId }, { select: ["id", "status"] })
    if (seller?.status === "suspended") return next(refuse("This seller account is suspended"))
  }
  if (access.body && req.body && typeof req.body === "object") {
    const extra = Object.keys(req.body).filter((key) => !access.body!.includes(key))
    if (extra.length) {
      return next(refuse(`Sellers may change only ${access.body.join(", ")} of a product here (got ${extra.join(", ")})`))
    }
  }
  next()
}
