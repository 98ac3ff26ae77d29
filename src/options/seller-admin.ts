import { MedusaError } from "@medusajs/framework/utils"

/** The native admin sections a seller may open, scoped to their own shops. */
export const SELLER_ADMIN_SECTIONS = ["products", "orders"] as const
export type SellerAdminSection = (typeof SELLER_ADMIN_SECTIONS)[number]

export type SellerAdminOptions = {
  /** Whether sellers may sign in to the Medusa admin with their phone (default true). */
  enabled?: boolean
  /** Medusa's own admin sections sellers get, scoped to their shops (default both: products and orders). */
  sections?: SellerAdminSection[]
}

export type ResolvedSellerAdminOptions = Required<SellerAdminOptions>

/** Fills defaults and rejects invalid sellerAdmin options with a message naming the option. */
export function resolveSellerAdminOptions(options: SellerAdminOptions = {}): ResolvedSellerAdminOptions {
  const enabled = options.enabled ?? true
  if (typeof enabled !== "boolean") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Bazaar option sellerAdmin.enabled must be true or false (got ${JSON.stringify(enabled)})`)
  }
  const sections = options.sections ?? [...SELLER_ADMIN_SECTIONS]
  const unknown = Array.isArray(sections) ? sections.filter((s) => !SELLER_ADMIN_SECTIONS.includes(s)) : [sections]
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Bazaar option sellerAdmin.sections may list ${SELLER_ADMIN_SECTIONS.join(", ")} (got ${JSON.stringify(unknown)})`
    )
  }
  return { enabled, sections: [...new Set(sections)] }
}
