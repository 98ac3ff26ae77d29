import { slugify } from "transliteration"
import { MedusaError } from "@medusajs/framework/utils"

export const MAX_HANDLE_LENGTH = 48

/** Words a shop handle may not be: they are, or may become, storefront paths. */
export const RESERVED_HANDLES = new Set([
  "admin", "api", "app", "auth", "cart", "carts", "checkout", "account", "login", "logout",
  "register", "seller", "sellers", "shop", "shops", "store", "stores", "health", "static",
  "assets", "search", "help", "about", "terms", "privacy", "orders", "products", "categories",
  "bazaar", "www", "hooks", "deals",
])

/**
 * A name as a handle: transliterated to ASCII, lower case, words joined by
 * dashes, at most MAX_HANDLE_LENGTH characters; empty when nothing is left.
 */
export function slugOf(name: string): string {
  // "Asha's" → "ashas", not "asha-s"
  return slugify(name.replace(/['’`]/g, ""), { lowercase: true, separator: "-", trim: true })
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .slice(0, MAX_HANDLE_LENGTH)
    .replace(/^-|-$/g, "")
}

/**
 * The base handle of a shop name (see slugOf). Refuses names that give
 * nothing usable and reserved words.
 */
export function baseHandle(name: string): string {
  const handle = slugOf(name)
  if (!handle) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `name "${name}" gives no usable link: use letters or digits`
    )
  }
  if (RESERVED_HANDLES.has(handle)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${handle}" is a reserved word and cannot be a shop link; choose another name`
    )
  }
  return handle
}

/** `base`, or `base-N` with the smallest N ≥ 2 not in `taken`, at most `maxLength` characters. */
export function firstFreeHandle(base: string, taken: Iterable<string>, maxLength = MAX_HANDLE_LENGTH): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/-$/, "")}${suffix}`
    if (!used.has(candidate)) return candidate
  }
}
