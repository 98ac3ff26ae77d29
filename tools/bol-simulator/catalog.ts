import { BolSimulatorError } from "./errors"
import { Rng, SALT, rngFor } from "./prng"
import { BRANDS, COLOURS, PRODUCT_KINDS } from "./vocab"

/** One product a retailer sells on bol, with its offer. */
export type Product = { ean: string; title: string; unitPrice: number; offerId: string; reference: string }

export function ean13(twelveDigits: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) {
    sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3)
  }
  return twelveDigits + String((10 - (sum % 10)) % 10)
}

export function uuidFrom(rng: Rng): string {
  const hex = rng.chars(32, "0123456789abcdef")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A price ending in .99, .95 or .49 between min and max euros. */
function price(rng: Rng, min: number, max: number): number {
  return rng.int(min, max) + rng.pick([0.99, 0.95, 0.49])
}

/** The retailer's assortment: `size` deterministic products. */
export function createCatalog(seed: number, size = 1500): Product[] {
  if (size > 10_000) {
    throw new BolSimulatorError("bol simulator: a catalog holds at most 10,000 products")
  }
  const products: Product[] = []
  for (let i = 0; i < size; i++) {
    const rng = rngFor(seed, SALT.catalog, i)
    const [kind, min, max] = rng.pick(PRODUCT_KINDS)
    const brand = rng.pick(BRANDS)
    products.push({
      // GS1 prefix (NL, BE, DE) + a 4-digit running number (unique) + 5 random digits.
      ean: ean13(`${rng.pick(["871", "872", "873", "541", "400"])}${String(i).padStart(4, "0")}${rng.digits(5)}`),
      title: `${brand} ${kind} - ${rng.pick(COLOURS)}`,
      unitPrice: price(rng, min, max),
      offerId: uuidFrom(rng),
      reference: `SKU-${brand.slice(0, 3).toUpperCase()}-${String(i).padStart(5, "0")}`,
    })
  }
  return products
}

/** bol's commission: a percentage plus a fixed fee per item (rounded to cents). */
export function commission(unitPrice: number, quantity: number): number {
  return Math.round((unitPrice * quantity * 0.13 + 0.99 * quantity) * 100) / 100
}
