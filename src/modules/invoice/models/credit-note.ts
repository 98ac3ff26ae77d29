import { model } from "@medusajs/framework/utils"

/**
 * A credit note against an invoice, for a cancellation or a refund. `cause_key`
 * names what gave rise to it (see utils/credit-note-cause.ts) and is unique, so
 * a redelivered event never issues a second one.
 */
export const CreditNote = model
  .define({ name: "credit_note", tableName: "bazaar_credit_note" }, {
    id: model.id({ prefix: "crn" }).primaryKey(),
    invoice_id: model.text(),
    order_id: model.text(),
    shop_id: model.text(),
    number: model.text(),
    year: model.number(),
    sequence: model.number(),
    cause_key: model.text().unique(),
    reason: model.enum(["cancellation", "refund"]),
    currency_code: model.text(),
    amount: model.bigNumber(),
    issued_at: model.dateTime(),
    snapshot: model.json(),
  })
  .indexes([
    { on: ["invoice_id"] },
    { on: ["shop_id", "number"], unique: true },
  ])
