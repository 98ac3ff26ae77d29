import { model } from "@medusajs/framework/utils"

/**
 * A lightning deal: one variant of a shop at `price` (below its `mrp`) for a
 * window of at most 12 hours, with `total_units` of which `available_units`
 * are neither claimed, ordered nor held for a waitlist offer. The migration
 * adds the CHECK constraints that keep units, prices and the window sound
 * whatever the code does.
 */
export const Deal = model
  .define({ name: "deal", tableName: "bazaar_deal" }, {
    id: model.id({ prefix: "deal" }).primaryKey(),
    shop_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    title: model.text(),
    currency_code: model.text(),
    mrp: model.bigNumber(),
    price: model.bigNumber(),
    total_units: model.number(),
    available_units: model.number(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum(["proposed", "approved", "declined", "canceled", "ended"]).default("approved"),
    status_reason: model.text().nullable(),
    per_customer_limit: model.number().default(1),
    recurrence: model.enum(["daily"]).nullable(),
    /** The recurring deal this row is a day's occurrence of. */
    occurrence_of: model.text().nullable(),
    /** The seller who proposed it; null when an operator created it. */
    proposed_by: model.text().nullable(),
  })
  .indexes([
    { on: ["shop_id"] },
    { on: ["product_id"] },
    { on: ["occurrence_of", "starts_at"], unique: true, where: "occurrence_of IS NOT NULL" },
  ])
