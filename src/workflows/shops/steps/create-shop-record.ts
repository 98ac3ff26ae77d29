import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { NewShop } from "../../../modules/seller/service"

export const createShopRecordStep = createStep(
  "create-shop-record",
  async (input: NewShop, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const shop = await sellers.createShopWithHandle(input)
    return new StepResponse(shop, shop.id)
  },
  async (shopId: string | undefined, { container }) => {
    if (!shopId) return
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const handles = await sellers.listShopHandles({ shop_id: shopId })
    await sellers.deleteShopHandles(handles.map((h) => h.id))
    await sellers.deleteShops(shopId)
  }
)
