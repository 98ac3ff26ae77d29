import { model } from "@medusajs/framework/utils"
import { Shop } from "./shop"

/**
 * Every handle a shop has ever had. Its unique index is what keeps handles
 * unique across all shops, current and old, so shared links never change hands.
 */
export const ShopHandle = model.define("shop_handle", {
  id: model.id({ prefix: "shandle" }).primaryKey(),
  handle: model.text().unique(),
  shop: model.belongsTo(() => Shop, { mappedBy: "handles" }),
})
