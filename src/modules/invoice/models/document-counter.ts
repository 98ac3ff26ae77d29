import { model } from "@medusajs/framework/utils"

/**
 * The last number given per shop, year and kind of document. It is bumped in
 * the same transaction that inserts the document, so a rolled-back insert
 * gives its number back and the sequence has no gaps.
 */
export const DocumentCounter = model
  .define({ name: "document_counter", tableName: "bazaar_document_counter" }, {
    id: model.id({ prefix: "doccnt" }).primaryKey(),
    shop_id: model.text(),
    year: model.number(),
    kind: model.enum(["invoice", "credit_note"]),
    /** The shop code printed in this year's numbers, fixed by the year's first document. */
    code: model.text(),
    last_value: model.number(),
  })
  .indexes([{ on: ["shop_id", "year", "kind"], unique: true }])
