import { model } from "@medusajs/framework/utils"
import { BolAccount } from "./bol-account"

/**
 * A bol.com order handled as a Medusa order: fulfilments of the Medusa order
 * go to bol through the `bol` fulfillment provider, and synced transport data
 * of the bol order updates their tracking numbers.
 */
export const BolOrderLink = model
  .define("bol_order_link", {
    id: model.id({ prefix: "bolol" }).primaryKey(),
    account: model.belongsTo(() => BolAccount, { mappedBy: "order_links" }),
    /** bol's orderId. */
    bol_order_id: model.text(),
    /** The Medusa order's id. */
    order_id: model.text(),
    /** FBR, FBB or MIXED, from bol's order when it was linked. */
    fulfilment_method: model.text().nullable(),
  })
  .indexes([
    { on: ["account_id", "bol_order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
  ])
