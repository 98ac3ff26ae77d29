import { model } from "@medusajs/framework/utils"
import { Shop } from "./shop"
import { WorkspaceVisit } from "./workspace-visit"

/** A seller account, identified by its verified phone number (E.164). */
export const Seller = model.define("seller", {
  id: model.id({ prefix: "sel" }).primaryKey(),
  phone: model.text().unique(),
  name: model.text(),
  status: model.enum(["pending", "active", "suspended"]).default("active"),
  shops: model.hasMany(() => Shop, { mappedBy: "seller" }),
  workspace_visits: model.hasMany(() => WorkspaceVisit, { mappedBy: "seller" }),
})
