import { MedusaError } from "@medusajs/framework/utils"

export type IdempotencyOptions = {
  /** How long a stored answer is replayed for a key, in hours (default 24). */
  ttlHours?: number
  /**
   * Route prefixes whose writes must carry an Idempotency-Key (400 without):
   * `/store/payment-collections`, `/store/shops/:handle/carts/:cart_id/complete`
   * (`:name` stands for any one path segment).
   */
  requiredFor?: string[]
}

export type ResolvedIdempotencyOptions = Required<IdempotencyOptions>

export const DEFAULT_IDEMPOTENCY_TTL_HOURS = 24

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Bazaar option idempotency.${message}`)
}

function requiredPrefix(value: unknown, index: number): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[?#\s]/.test(value)) {
    invalid(`requiredFor[${index}] must be a path such as "/store/payment-collections" (got ${JSON.stringify(value)})`)
  }
  return value.length > 1 ? value.replace(/\/+$/, "") : value
}

/** Fills defaults and rejects invalid idempotency options with a message naming the option. */
export function resolveIdempotencyOptions(options: IdempotencyOptions = {}): ResolvedIdempotencyOptions {
  const ttlHours = options.ttlHours ?? DEFAULT_IDEMPOTENCY_TTL_HOURS
  if (typeof ttlHours !== "number" || !Number.isFinite(ttlHours) || ttlHours <= 0) {
    invalid(`ttlHours must be a positive number of hours (got ${JSON.stringify(options.ttlHours)})`)
  }
  const requiredFor = options.requiredFor ?? []
  if (!Array.isArray(requiredFor)) {
    invalid(`requiredFor must be a list of paths (got ${JSON.stringify(requiredFor)})`)
  }
  return { ttlHours, requiredFor: requiredFor.map(requiredPrefix) }
}
