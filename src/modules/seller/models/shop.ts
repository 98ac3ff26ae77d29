import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"
import { ShopHandle } from "./shop-handle"

/** A seller's shop; `handle` is its current link slug. */
export const Shop = model.define("shop", {
  id: model.id({ prefix: "shop" }).primaryKey(),
  name: model.text(),
  handle: model.text().unique(),
  address_line: model.text(),
  city: model.text(),
  postal_code: model.text(),
  country_code: model.text(),
  phone: model.text().nullable(),
  status: model.enum(["active", "closed"]).default("active"),
  seller: model.belongsTo(() => Seller, { mappedBy: "shops" }),
  handles: model.hasMany(() => ShopHandle, { mappedBy: "shop" }),
})
