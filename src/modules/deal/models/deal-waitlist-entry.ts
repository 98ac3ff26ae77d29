import { model } from "@medusajs/framework/utils"

/**
 * A customer waiting for a unit of a sold-out deal. Released units go to the
 * oldest `waiting` entry, which is `offered` the unit until `offered_until`.
 */
export const DealWaitlistEntry = model
  .define({ name: "deal_waitlist_entry", tableName: "bazaar_deal_waitlist" }, {
    id: model.id({ prefix: "dwait" }).primaryKey(),
    deal_id: model.text(),
    customer_id: model.text(),
    status: model.enum(["waiting", "offered", "claimed", "expired", "ended"]).default("waiting"),
    offered_until: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["deal_id", "customer_id"], unique: true, where: "status IN ('waiting', 'offered')" },
    { on: ["deal_id", "status", "created_at"] },
  ])
