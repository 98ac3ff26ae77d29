import { firstFreeHandle, slugOf } from "./handle"

/**
 * Where a shop product's handle starts: Medusa's product handles are unique
 * store-wide, so they begin with the shop's handle, then the product's name:
 * `ashas-chai-corner-masala-chai`. A name without letters or digits gives `product`.
 */
export function productBaseHandle(shopHandle: string, name: string): string {
  return `${shopHandle}-${slugOf(name) || "product"}`
}

/** `base`, or `base-N` with the smallest N ≥ 2 not in `taken`; never shortened. */
export function firstFreeProductHandle(base: string, taken: Iterable<string>): string {
  return firstFreeHandle(base, taken, Number.POSITIVE_INFINITY)
}

/**
 * The lock to hold while a handle from `base` is chosen and its product
 * created. Trailing numbers are dropped so that every base that can end in the
 * same handle shares the lock: `chai-tea` taken twice gives `chai-tea-2`,
 * which is also the base of the product "Tea 2" in shop `chai`.
 */
export function productHandleLockKey(base: string): string {
  return `product-handle:${base.replace(/(-\d+)+$/, "")}`
}
