import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { UpdateShopInput } from "../types"

const RESTORABLE = ["name", "handle", "address_line", "city", "postal_code", "country_code", "phone"] as const

/**
 * Renames the shop, changes its address and, with `new_handle`, moves it to a
 * handle from its name. Compensation restores the fields; a handle taken on
 * the way stays the shop's former handle, so no link ever changes hands.
 */
export const updateShopRecordStep = createStep(
  "update-shop-record",
  async (input: UpdateShopInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await sellers.retrieveShop(input.shop_id)
    const previous = Object.fromEntries(RESTORABLE.map((field) => [field, before[field]]))
    if (input.new_handle) {
      await sellers.moveShopHandle(input.shop_id, input.name ?? before.name)
    }
    const { address } = input
    await sellers.updateShops({
      id: input.shop_id,
      ...(input.name ? { name: input.name } : {}),
      ...(address
        ? {
            address_line: address.line,
            city: address.city,
            postal_code: address.postal_code,
            country_code: address.country_code.toLowerCase(),
            phone: address.phone ?? null,
          }
        : {}),
    })
    return new StepResponse(await sellers.retrieveShop(input.shop_id), { id: input.shop_id, ...previous })
  },
  async (previous: Record<string, any> | undefined, { container }) => {
    if (!previous) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateShops(previous)
  }
)
