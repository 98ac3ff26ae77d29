import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

const DEFAULT_PROFILE_LOCK = "bazaar:default-shipping-profile"

/**
 * The store's default shipping profile, which every shop product and
 * delivery option uses; created on first use. Shops are created
 * concurrently, and profile names are unique: find-or-create runs under a
 * lock so that only the first creation makes the profile.
 */
export async function defaultShippingProfileId(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const find = async () => (await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 }))[0]?.id
  const found = await find()
  if (found) return found
  return container.resolve(Modules.LOCKING).execute(DEFAULT_PROFILE_LOCK, async () => {
    const existing = await find()
    if (existing) return existing
    try {
      const created = await fulfillment.createShippingProfiles({ name: "Default Shipping Profile", type: "default" })
      return created.id
    } catch (error) {
      // another process (without a shared lock) created it first
      const raced = await find()
      if (raced) return raced
      throw error
    }
  })
}
