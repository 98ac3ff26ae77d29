import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

/**
 * An operator's visit to a seller's workspace: who (`operator_id`, an admin
 * user), whose, when, and until when the visit lets them read it.
 */
export const WorkspaceVisit = model.define("seller_workspace_visit", {
  id: model.id({ prefix: "wsvisit" }).primaryKey(),
  operator_id: model.text().index(),
  expires_at: model.dateTime(),
  seller: model.belongsTo(() => Seller, { mappedBy: "workspace_visits" }),
})
