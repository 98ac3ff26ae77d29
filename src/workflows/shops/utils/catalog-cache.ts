import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Tags that Bazaar's cached buyer answers carry. Entity tags are written as
 * the Caching module's automatic invalidation writes them (`<Type>:<id>`), so
 * that Medusa clears them itself the moment an event about the entity is
 * released, in the process that ran the workflow; Bazaar's subscriber clears
 * the same tags and those Medusa cannot derive from an event.
 */
export const answerTags = {
  /** every cached shop and catalog answer */
  all: "bazaar:answers",
  shop: (id: string) => `Shop:${id}`,
  seller: (id: string) => `Seller:${id}`,
  product: (id: string) => `Product:${id}`,
  variant: (id: string) => `ProductVariant:${id}`,
  priceSet: (id: string) => `PriceSet:${id}`,
  category: (id: string) => `ProductCategory:${id}`,
}

/**
 * How long an answer may live without a change being seen. Changes that
 * Medusa emits an event for clear it at once; this bounds the few it does not
 * (see README, Catalog caching).
 */
export const ANSWER_TTL_SECONDS = 600

const KEY_PREFIX = "bazaar:answer:v1:"

/** The Caching module, or undefined when the host app registers none (answers are then computed every time). */
function cachingModule(container: MedusaContainer): ICachingModuleService | undefined {
  return container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
}

// Invalidations started in this process and not finished yet. Reads wait for
// them, so a change shows on the next request even though subscribers run
// only once the workflow's events are released, while its route may already
// be answering.
const pending = new Set<Promise<unknown>>()
// Bumped by every invalidation: an answer computed across one is not stored,
// since it may hold what the invalidation removed.
let generation = 0

/** Runs `clear` as an invalidation that reads started afterwards wait for. */
export function trackInvalidation(clear: () => Promise<unknown>): Promise<unknown> {
  generation++
  const running = clear().finally(() => pending.delete(running))
  pending.add(running)
  return running
}

/** Clears every cached answer carrying one of `tags`. */
export async function clearAnswers(container: MedusaContainer, tags: string[]): Promise<void> {
  const cache = cachingModule(container)
  if (!cache || !tags.length) return
  await cache.clear({ tags })
}

/**
 * The answer stored under `key`, else `compute()`'s, stored with its tags for
 * the next request (an error thrown by `compute` is not stored).
 */
export async function cachedAnswer<T extends object>(
  container: MedusaContainer,
  key: string,
  compute: () => Promise<{ value: T; tags: string[] }>
): Promise<T> {
  if (pending.size) {
    await Promise.allSettled([...pending])
  }
  const cache = cachingModule(container)
  const fullKey = KEY_PREFIX + key
  const stored = cache ? ((await cache.get({ key: fullKey })) as T | null) : null
  if (stored) return stored

  const startedAt = generation
  const computed = await compute()
  if (cache && startedAt === generation) {
    try {
      await cache.set({ key: fullKey, data: computed.value, tags: [answerTags.all, ...computed.tags], ttl: ANSWER_TTL_SECONDS })
    } catch (error) {
      // the answer is right either way; the next request computes it again
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Bazaar could not cache ${fullKey}: ${(error as Error).message}`)
    }
  }
  return computed.value
}
