import { model } from "@medusajs/framework/utils"

/**
 * Units of a deal held for one customer: in a cart until `expires_at`
 * (`active`), while the cart is completed (`ordering`), then by the order
 * (`ordered` until an operator approves or rejects it).
 */
export const DealClaim = model
  .define({ name: "deal_claim", tableName: "bazaar_deal_claim" }, {
    id: model.id({ prefix: "dclaim" }).primaryKey(),
    deal_id: model.text(),
    customer_id: model.text(),
    cart_id: model.text(),
    line_item_id: model.text().nullable(),
    quantity: model.number(),
    expires_at: model.dateTime(),
    status: model
      .enum(["active", "ordering", "ordered", "approved", "rejected", "released", "expired"])
      .default("active"),
    order_id: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    decision_reason: model.text().nullable(),
  })
  .indexes([
    {
      on: ["deal_id", "customer_id"],
      unique: true,
      where: "status IN ('active', 'ordering', 'ordered', 'approved')",
    },
    { on: ["cart_id"] },
    { on: ["order_id"] },
    { on: ["status", "expires_at"] },
  ])
